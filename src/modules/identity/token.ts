import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'shanyraq';
/** Who the token is for: this API, so a token the same key signs for another purpose does not open it. */
const AUDIENCE = 'shanyraq-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a valid token says: whose it is, and the user's token version when it was signed. */
export interface TokenClaims {
  userId: string;
  /** Compared with `app_user.token_version`: a logout, password change or disabling raises it. */
  tokenVersion: number;
}

export interface TokenService {
  sign(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }>;
  /** The claims, or null for a missing, forged, expired or incomplete token. */
  verify(token: string): Promise<TokenClaims | null>;
}

export function createTokenService(secret: string, ttlSeconds: number): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    async sign({ userId, tokenVersion }) {
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      const token = await new SignJWT({ ver: tokenVersion })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        // maxTokenAge also refuses an `iat` in the future, and a token older than today's TTL.
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: ['HS256'],
          requiredClaims: ['sub', 'iat', 'exp', 'ver'],
          maxTokenAge: ttlSeconds,
        });
        const { sub, ver } = payload;
        if (!sub || !UUID.test(sub) || !Number.isSafeInteger(ver) || (ver as number) < 0) return null;
        return { userId: sub, tokenVersion: ver as number };
      } catch {
        return null;
      }
    },
  };
}
