import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../../core/errors/errors';
import type { Context } from '../../core/context/context';
import { Role, roleAllows } from '../../core/auth/role.enum';

/**
 * The one place `@Authorized(role)` is decided: no key is UNAUTHENTICATED, too weak a role is
 * FORBIDDEN. Fields with several roles accept any of them.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.principal) throw new UnauthenticatedError();
  const needed = roles.length ? roles : [Role.READER];
  if (!needed.some((r) => roleAllows(context.principal!.role, r))) {
    throw new ForbiddenError(
      `This operation needs the ${needed.join(' or ')} role; your key has ${context.principal.role}.`,
    );
  }
  return true;
};
