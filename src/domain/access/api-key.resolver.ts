import { LENGTH, count } from '../../core/config/limits';
import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import type { Context } from '../../core/context/context';
import { apiKeyService } from './api-key.service';
import type { ApiKeyInfo } from './api-key.service';
import { Role } from '../../core/auth/role.enum';

@ObjectType({ description: 'An API key, without its secret.', simpleResolvers: true })
export class ApiKeyType {
  @Field(() => String, { description: 'Its name: who writes with it (recorded in history).' })
  name!: string;

  @Field(() => Role, { description: 'What it may do.' })
  role!: Role;

  @Field(() => DateTimeScalar, { description: 'When it was made.' })
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt!: string | null;
}

@ObjectType({ description: 'A new API key with its secret, shown only this once.', simpleResolvers: true })
export class NewApiKey {
  @Field(() => ApiKeyType, { description: 'The key.' })
  key!: ApiKeyInfo;

  @Field(() => String, {
    description: 'Send it as "Authorization: Bearer <secret>". It is stored hashed and cannot be shown again.',
  })
  secret!: string;
}

/** Managing API keys over GraphQL (the keys command-line tool does the same). ADMIN only. */
@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKeyType], { description: 'Every API key, oldest first. ADMIN.' })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKeyInfo[]> {
    return apiKeyService.list(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NewApiKey, { description: 'Makes an API key. ADMIN.' })
  createApiKey(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { description: `A unique name (at most ${count(LENGTH.key)} characters).` })
    name: string,
    @Arg('role', () => Role, { description: 'What it may do.' }) role: Role,
  ): Promise<{ key: ApiKeyInfo; secret: string }> {
    return apiKeyService.create(ctx, name, role).then(({ info, secret }) => ({ key: info, secret }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyType, { description: 'Revokes an API key: it stops working at once. ADMIN.' })
  revokeApiKey(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { description: "The key's name." }) name: string,
  ): Promise<ApiKeyInfo> {
    return apiKeyService.revoke(ctx, name);
  }
}
