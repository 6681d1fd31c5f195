import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import { echoWriteService } from './echo-write.service';
import { SuspectedEcho } from './echo.types';
import { echoView } from './echo-view';

@Resolver(() => SuspectedEcho)
export class EchoMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => SuspectedEcho, {
    description:
      'Confirms that `copy` derives from `original` (recorded as a chain would record it): the two count as one voice for good. Refused when the original already derives from the copy. EDITOR.',
  })
  async confirmEcho(
    @Ctx() ctx: Context,
    @Arg('copy', () => String, { description: 'The later source, by id or key.' }) copy: string,
    @Arg('original', () => String, { description: 'The source it derives from, by id or key.' }) original: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why, kept with the decision and in history.' })
    reason?: string | null,
  ): Promise<SuspectedEcho> {
    const link = await echoWriteService.confirm(ctx, copy, original, reason);
    return (await echoView(ctx, [link]))[0];
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => SuspectedEcho, {
    description:
      'Dismisses a suspected echo: the two sources are independent and count as separate voices again; the auditor will not link them again. Kept in history with who and why. EDITOR.',
  })
  async dismissEcho(
    @Ctx() ctx: Context,
    @Arg('a', () => String, { description: 'One source, by id or key.' }) a: string,
    @Arg('b', () => String, { description: 'The other source, by id or key.' }) b: string,
    @Arg('reason', () => String, { description: 'Why they are independent (required).' }) reason: string,
  ): Promise<SuspectedEcho> {
    const link = await echoWriteService.dismiss(ctx, a, b, reason);
    return (await echoView(ctx, [link]))[0];
  }
}
