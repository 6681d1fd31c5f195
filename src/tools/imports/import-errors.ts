import { AppError } from '../../core/errors/errors';

export interface ImportProblem {
  line: number;
  field: string;
  message: string;
}

/** Refused imports: nothing was written; `problems` names every bad row by line and field. */
export class ImportRefusedError extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    super('BAD_USER_INPUT', `${problems.length} invalid row(s); nothing was imported.`, { problems });
  }
}
