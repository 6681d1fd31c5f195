import { LENGTH, count } from '../../core/config/limits';
import { Arg, Authorized, createUnionType, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import { Citation } from './citation.entity';
import { CitationInput } from './citation.inputs';
import type { CitationRow } from './citation.rows';
import { evidenceWriteService } from './evidence-write.service';
import {
  RecordRecognitionInput,
  RecordTransferInput,
  UpdateRecognitionInput,
  UpdateTransferInput,
} from './claim-write.inputs';
import { claimWriteService } from './claim-write.service';
import type { ClaimTable } from '../../core/context/write-record';
import type { RecognitionRow, TransferRow } from './claim.rows';
import { Recognition } from './recognition.entity';
import { Transfer } from './transfer.entity';
import { claimLoaders } from './claim.loaders';
import { citationLoaders } from './citation.loaders';

export const ClaimUnion = createUnionType({
  name: 'Claim',
  description: 'A transfer or a recognition.',
  types: () => [Transfer, Recognition] as const,
  resolveType: (value) => ('supplierId' in value ? 'Transfer' : 'Recognition'),
});

const reloadTransfer = (ctx: Context, id: string) =>
  claimLoaders(ctx).transferById.clear(id).load(id) as Promise<TransferRow>;
const reloadRecognition = (ctx: Context, id: string) =>
  claimLoaders(ctx).recognitionById.clear(id).load(id) as Promise<RecognitionRow>;
const reloadClaim = (ctx: Context, table: ClaimTable, id: string) =>
  table === 'transfer' ? reloadTransfer(ctx, id) : reloadRecognition(ctx, id);

@Resolver()
export class ClaimMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => Transfer, {
    description:
      'Records a transfer with its citations (chains and voices) in one transaction; at least one SUPPORTS. EDITOR.',
  })
  async recordTransfer(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordTransferInput, { description: 'The claim and its evidence.' }) input: RecordTransferInput,
  ): Promise<TransferRow> {
    return reloadTransfer(ctx, await claimWriteService.recordTransfer(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Recognition, {
    description: 'Records a recognition with its citations in one transaction; at least one SUPPORTS. EDITOR.',
  })
  async recordRecognition(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordRecognitionInput, { description: 'The claim and its evidence.' })
    input: RecordRecognitionInput,
  ): Promise<RecognitionRow> {
    return reloadRecognition(ctx, await claimWriteService.recordRecognition(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Transfer, { description: 'Corrects a transfer (status, quantity, period, …). EDITOR.' })
  async updateTransfer(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateTransferInput, { description: 'The corrections.' }) input: UpdateTransferInput,
  ): Promise<TransferRow> {
    return reloadTransfer(ctx, await claimWriteService.updateTransfer(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Recognition, { description: 'Corrects a recognition (status, date). EDITOR.' })
  async updateRecognition(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateRecognitionInput, { description: 'The corrections.' }) input: UpdateRecognitionInput,
  ): Promise<RecognitionRow> {
    return reloadRecognition(ctx, await claimWriteService.updateRecognition(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ClaimUnion, {
    description:
      'Retracts a claim with a reason: hidden from default queries, kept in the database and its history. EDITOR.',
  })
  async retractClaim(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The transfer or recognition.' }) id: string,
    @Arg('reason', () => String, { description: `Why (at most ${count(LENGTH.shortText)} characters).` })
    reason: string,
  ): Promise<TransferRow | RecognitionRow> {
    const { table } = await claimWriteService.retract(ctx, id, reason);
    return reloadClaim(ctx, table, id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Citation, { description: 'Adds a citation to a claim; the claim is re-assessed. EDITOR.' })
  async addCitation(
    @Ctx() ctx: Context,
    @Arg('claim', () => ID, { description: 'The transfer or recognition.' }) claim: string,
    @Arg('citation', () => CitationInput, { description: 'The citation.' }) citation: CitationInput,
  ): Promise<CitationRow> {
    const id = await evidenceWriteService.addCitation(ctx, claim, citation);
    return (await citationLoaders(ctx).citationById.load(id))!;
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ClaimUnion, {
    description:
      'Removes a citation from its claim (kept for history); removing the last SUPPORTS citation is refused. EDITOR.',
  })
  async removeCitation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The citation.' }) id: string,
  ): Promise<TransferRow | RecognitionRow> {
    const { table, claimId } = await evidenceWriteService.removeCitation(ctx, id);
    return reloadClaim(ctx, table, claimId);
  }
}
