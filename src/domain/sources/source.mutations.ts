import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import { CreateSourceInput, UpdateSourceInput } from './source-write.inputs';
import { sourceWriteService } from './source-write.service';
import { Source } from './source.entity';
import type { SourceRow } from './source.rows';
import { sourceLoaders } from './source.loaders';

const reload = (ctx: Context, id: string) => sourceLoaders(ctx).sourceById.clear(id).load(id) as Promise<SourceRow>;

@Resolver(() => Source)
export class SourceMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => Source, { description: 'Creates a source. EDITOR.' })
  async createSource(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateSourceInput, { description: 'The new source.' }) input: CreateSourceInput,
  ): Promise<SourceRow> {
    return reload(ctx, await sourceWriteService.create(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Source, {
    description: 'Corrects a source; the quotes citing it are re-checked and their claims re-assessed. EDITOR.',
  })
  async updateSource(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateSourceInput, { description: 'The corrections.' }) input: UpdateSourceInput,
  ): Promise<SourceRow> {
    return reload(ctx, await sourceWriteService.update(ctx, input));
  }
}
