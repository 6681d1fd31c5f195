import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LENGTH, count } from '../../core/config/limits';
import { Role } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import { NotFoundError } from '../../core/errors/errors';
import { keysetPage } from '../../core/db/keyset-page';
import { connectionTypes } from '../../core/graphql/connection';
import type { Page } from '../../core/graphql/connection';
import { pageWindow } from '../../core/graphql/pagination';
import { ConnectionArgs } from '../../core/graphql/connection-args';
import { Actor } from '../actors/actor.entity';
import { actorLoaders } from '../actors/actor.loaders';
import type { ActorRow } from '../actors/actor.rows';
import { ClaimUnion } from '../claims/claim.mutations';
import { claimLoaders } from '../claims/claim.loaders';
import type { RecognitionRow, TransferRow } from '../claims/claim.rows';
import { acceptDraft } from './draft-accept';
import { DRAFT_COLUMNS, draftOf } from './draft-rows';
import { draftLoaders } from './draft.loaders';
import type { DraftDbRow } from './draft-rows';
import { draftWriteService } from './draft-write.service';
import { DraftClaimsInput, DraftCorrectionsInput, DraftFilter } from './draft.inputs';
import { DraftBatchType, DraftMention, DraftType } from './draft.types';

export const DraftConnection = connectionTypes('Draft', DraftType);

function batchById(ctx: Context, id: string): Promise<DraftBatchType | null> {
  return draftLoaders(ctx).batchById.load(id);
}

async function draftById(ctx: Context, id: string): Promise<DraftType> {
  const [row] = await ctx.sql.all<DraftDbRow>(`SELECT ${DRAFT_COLUMNS} FROM draft d WHERE d.id = ?`, [id]);
  if (!row) throw new NotFoundError('draft', id, 'id');
  return draftOf(row);
}

/** Drafting claims from text and reviewing the drafts: all EDITOR, since drafts are unreviewed. */
@Resolver(() => DraftBatchType)
export class DraftBatchResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => DraftBatchType, {
    description:
      'Drafts the transfers and recognitions an English text makes, for review. The same text again gives the same batch. EDITOR.',
  })
  async draftClaims(
    @Ctx() ctx: Context,
    @Arg('input', () => DraftClaimsInput, { description: 'The text and its source metadata.' }) input: DraftClaimsInput,
  ): Promise<DraftBatchType> {
    return (await batchById(ctx, await draftWriteService.draftClaims(ctx, input)))!;
  }

  @Authorized(Role.EDITOR)
  @Query(() => DraftBatchType, { nullable: true, description: 'A batch of drafts by id. EDITOR.' })
  draftBatch(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
  ): Promise<DraftBatchType | null> {
    return batchById(ctx, id);
  }

  @FieldResolver(() => [DraftType], { description: 'Its drafts, in the order of the text.' })
  async drafts(@Root() b: DraftBatchType, @Ctx() ctx: Context): Promise<DraftType[]> {
    const rows = await ctx.sql.all<DraftDbRow>(
      `SELECT ${DRAFT_COLUMNS} FROM draft d WHERE d.batch_id = ? ORDER BY d.ordinal`,
      [b.id],
    );
    return rows.map(draftOf);
  }
}

@Resolver(() => DraftType)
export class DraftResolver {
  @Authorized(Role.EDITOR)
  @Query(() => DraftConnection, {
    description: 'Drafts in the order they were drafted: batch by batch, in text order within a batch. EDITOR.',
  })
  drafts(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => DraftFilter, { nullable: true, description: 'Which drafts.' }) filter?: DraftFilter,
  ): Promise<Page<DraftType>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter?.state) {
      where.push('d.state = ?');
      params.push(filter.state);
    }
    if (filter?.batch) {
      where.push('d.batch_id = ?');
      params.push(filter.batch);
    }
    return keysetPage<DraftType>(ctx.sql, {
      from: 'draft d',
      columns: DRAFT_COLUMNS,
      where,
      params,
      // batch ids are time-ordered: batch by batch as drafted, text order within a batch
      sortColumn: ctx.sql.bytewise(
        `d.batch_id || ':' || ${ctx.sql.dialect === 'postgres' ? "lpad(d.ordinal::text, 8, '0')" : "substr('00000000' || d.ordinal, -8)"}`,
      ),
      idColumn: 'd.id',
      descending: false,
      order: 'DRAFT',
      numeric: false,
      window: pageWindow(page, ctx.config),
      map: (row) => draftOf(row as unknown as DraftDbRow),
      keyOf: (d) => ({ value: `${d.batchId}:${String(d.ordinal).padStart(8, '0')}`, id: d.id }),
    });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ClaimUnion, {
    description:
      'Accepts a draft with corrections: records the claim through recordTransfer / recordRecognition (creating the source from the text the first time), or adds its citation to corrections.claim. EDITOR.',
  })
  async acceptDraft(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The draft.' }) id: string,
    @Arg('corrections', () => DraftCorrectionsInput, { nullable: true, description: 'What the editor changes.' })
    corrections?: DraftCorrectionsInput,
  ): Promise<TransferRow | RecognitionRow> {
    const claim = await acceptDraft(ctx, id, corrections ?? {});
    const loaders = claimLoaders(ctx);
    return claim.table === 'transfer'
      ? ((await loaders.transferById.clear(claim.id).load(claim.id)) as TransferRow)
      : ((await loaders.recognitionById.clear(claim.id).load(claim.id)) as RecognitionRow);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DraftType, { description: 'Rejects a draft with a reason; it is kept. EDITOR.' })
  async rejectDraft(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The draft.' }) id: string,
    @Arg('reason', () => String, { description: `Why (at most ${count(LENGTH.shortText)} characters).` })
    reason: string,
  ): Promise<DraftType> {
    return draftById(ctx, await draftWriteService.reject(ctx, id, reason));
  }

  @FieldResolver(() => DraftBatchType, { description: 'The batch it was drafted in.' })
  async batch(@Root() d: DraftType, @Ctx() ctx: Context): Promise<DraftBatchType> {
    return (await batchById(ctx, d.batchId))!;
  }

  @FieldResolver(() => ClaimUnion, {
    nullable: true,
    description: 'The claim it recorded or was added to, once accepted.',
  })
  async claim(@Root() d: DraftType, @Ctx() ctx: Context): Promise<TransferRow | RecognitionRow | null> {
    if (!d.claimId) return null;
    const loaders = claimLoaders(ctx);
    return (await loaders.transferById.load(d.claimId)) ?? (await loaders.recognitionById.load(d.claimId));
  }
}

@Resolver(() => DraftMention)
export class DraftMentionResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The actor the words name; null when none is known.' })
  async actor(@Root() m: DraftMention, @Ctx() ctx: Context): Promise<ActorRow | null> {
    return m.actorId ? ((await actorLoaders(ctx).actorById.load(m.actorId)) as ActorRow | null) : null;
  }
}
