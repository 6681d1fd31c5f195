import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';

/**
 * `npm run export -- dump > dump.json` (without --silent): npm prints its banner to standard
 * output before the tool starts, so the banner is already in the file —
 * "\n> supplyline@0.1.0 export\n> node scripts/run.js dist/src/tools/cli/export.js dump\n\n".
 * (The same for `npm run verify -- --json > report.json`.)
 * The exact banner npm wrote follows from what npm tells its scripts (npm_package_name and
 * _version, npm_lifecycle_event and _script, npm_config_loglevel) and the arguments.
 */
export function npmBanner(script: string, env: NodeJS.ProcessEnv, args: readonly string[]): string | null {
  // Only when npm ran this script (not, say, `npm test` running a test that runs the tool); none
  // with --silent (or loglevel=silent); --json prints it to standard error.
  if (env.npm_lifecycle_event !== script || !env.npm_lifecycle_script || env.npm_config_loglevel === 'silent')
    return null;
  if (env.npm_config_json === 'true') return null;
  const id = env.npm_package_name ? `${env.npm_package_name}@${env.npm_package_version}` : '';
  const command = env.npm_lifecycle_script.trim().replace(/\n/g, '\n> ');
  return `\n> ${id ? `${id} ` : ''}${script}\n> ${command}${args.length ? ` ${args.join(' ')}` : ''}\n\n`;
}

/** The last `length` bytes of the file standard output writes to (read through /proc or /dev/fd), or null. */
function tailOfStdout(size: number, length: number): Buffer | null {
  for (const path of ['/proc/self/fd/1', '/dev/fd/1']) {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      continue;
    }
    try {
      const tail = Buffer.alloc(length);
      return readSync(fd, tail, 0, length, size - length) === length ? tail : null;
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }
  return null;
}

/**
 * Writes standard output over the banner that began at `start` and was `length` bytes long: the
 * first `length` bytes at their place (the descriptor's own offset is past the banner and cannot
 * be moved back), the rest through the descriptor, which advances its offset as it should — so
 * whatever the shell writes to the same file afterwards (`(npm run export …; echo) > f`) lands
 * after the output, not over it. An output shorter than the banner is cut at its end (a later
 * writer to the same descriptor would then leave a gap: a case no tool's output meets).
 */
function overBanner(start: number, length: number): Writable {
  let written = 0;
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        let rest = chunk;
        while (written < length && rest.length > 0) {
          const n = writeSync(1, rest, 0, Math.min(rest.length, length - written), start + written);
          written += n;
          rest = rest.subarray(n);
        }
        while (rest.length > 0) {
          const n = writeSync(1, rest);
          written += n;
          rest = rest.subarray(n);
        }
        done();
      } catch (e) {
        done(e as Error);
      }
    },
    final(done) {
      if (written < length) ftruncateSync(1, start + written);
      done();
    },
  });
}

/**
 * Where a tool's output goes when it goes to standard output. When standard output is a file that
 * ends with the banner npm just wrote into it, that banner is cut off and the output written from
 * where it began: the file holds the output alone (after what it held before, with >>). Through a
 * pipe the banner has gone already: a warning says how to get the output alone. End the stream
 * returned when it is not process.stdout.
 */
export function stdoutWithoutNpmBanner(script: string, env: NodeJS.ProcessEnv, args: readonly string[]): Writable {
  const banner = npmBanner(script, env, args);
  if (!banner || process.stdout.isTTY) return process.stdout;
  const bytes = Buffer.from(banner);
  const stat = fstatSync(1);
  if (stat.isFile() && stat.size >= bytes.length && tailOfStdout(stat.size, bytes.length)?.equals(bytes)) {
    const start = stat.size - bytes.length;
    ftruncateSync(1, start);
    return overBanner(start, bytes.length);
  }
  process.stderr.write(
    `${script}: npm wrote its "> ${env.npm_package_name ?? ''}…" banner into standard output ahead of this; ` +
      `for the output alone, run npm run --silent ${script} -- …\n`,
  );
  return process.stdout;
}
