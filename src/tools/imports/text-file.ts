import { createReadStream } from 'node:fs';

/**
 * Text files as people download them: UTF-8 with or without a byte-order mark, or a single-byte
 * Windows encoding (SIPRI's register is Latin-1; Windows-1252 is Latin-1 with printable characters
 * where Latin-1 has control codes, so reading Latin-1 as Windows-1252 loses nothing).
 */
export type TextEncoding = 'utf-8' | 'utf-8 with BOM' | 'windows-1252';

/**
 * UTF-8 when every byte of the file is well-formed UTF-8 (pure ASCII included), else
 * Windows-1252. Reads the file once, a chunk at a time.
 */
export async function detectEncoding(path: string): Promise<TextEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bom: boolean | null = null;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (bom === null) bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return 'windows-1252';
    throw e;
  }
  return bom ? 'utf-8 with BOM' : 'utf-8';
}

/**
 * The file's lines, decoded, numbered as an editor numbers them: only a line feed ends a line
 * (a carriage return before it is dropped; a stray one inside a line stays text), and a byte-order
 * mark is not text. Streams: memory stays flat whatever the file's size. `read.bytes` counts the
 * bytes read so far (for progress).
 */
export async function* physicalLines(
  path: string,
  encoding: TextEncoding,
  read: { bytes: number } = { bytes: 0 },
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8');
  const line = (s: string) => (s.endsWith('\r') ? s.slice(0, -1) : s);
  let rest = '';
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    read.bytes += chunk.length;
    rest += decoder.decode(chunk, { stream: true });
    const parts = rest.split('\n');
    rest = parts.pop()!;
    for (const part of parts) yield line(part);
  }
  rest += decoder.decode();
  if (rest !== '') yield line(rest);
}
