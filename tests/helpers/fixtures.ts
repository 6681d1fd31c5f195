import { TransferCategory, TransferStatus } from '../../src/domain/claims/claim-enums';
import { claimWriteService } from '../../src/domain/claims/claim-write.service';
import type { RecordTransferInput } from '../../src/domain/claims/claim-write.inputs';
import type { RunningServer } from '../../src/app/server';
import { NYT } from '../../src/tools/seed/seed-sources';

/**
 * Extra transfers recorded through the same write service the seed uses (the mutations come
 * with the writes issue). They cite the New York Times report, which has no stored text, so
 * their quotes are recorded unverified.
 */
export async function addTransfers(
  server: RunningServer,
  count: number,
  over: Partial<RecordTransferInput> = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    ids.push(
      await claimWriteService.recordTransfer(server.context(), {
        supplier: 'north-korea',
        recipient: 'russia',
        category: TransferCategory.ARTILLERY,
        item: `fixture shipment ${i}`,
        status: TransferStatus.DELIVERED,
        period: { start: `${2000 + (i % 7)}-${month}` },
        citations: [{ source: NYT, quote: `fixture quote ${i}`, credibility: 3 }],
        ...over,
      }),
    );
  }
  return ids;
}
