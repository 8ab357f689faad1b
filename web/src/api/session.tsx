import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { configureTransport, request } from './graphql';
import { currentLanguage } from '../i18n';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  regionCode?: string | null;
  districtCode?: string | null;
}

interface Stored {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

interface SessionValue {
  user?: SessionUser;
  /** True once a session ended by itself (expired or refused): the sign-in page says so. */
  expired: boolean;
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): void;
}

const KEY = 'shanyraq.session';

const LoginDocument = graphql(`
  mutation ConsoleLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user { id email displayName role regionCode districtCode }
    }
  }
`);

function load(): Stored | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Stored | null;
    return stored && Date.parse(stored.expiresAt) > Date.now() ? stored : undefined;
  } catch {
    return undefined;
  }
}

let onRefused = () => {};
// At load, not in an effect: children's effects run first and already send requests.
configureTransport({ token: () => load()?.token, language: currentLanguage, onUnauthenticated: () => onRefused() });

const SessionContext = createContext<SessionValue | undefined>(undefined);

/** The signed-in account, kept for this tab only (sessionStorage), until its token expires. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<Stored | undefined>(load);
  const [expired, setExpired] = useState(false);

  const end = useCallback((byItself: boolean) => {
    sessionStorage.removeItem(KEY);
    setStored(undefined);
    setExpired(byItself);
  }, []);

  useEffect(() => {
    onRefused = () => end(true);
  }, [end]);

  // The token's own end: sign out at that moment rather than on the next refused request.
  useEffect(() => {
    if (!stored) return;
    const timer = setTimeout(() => end(true), Math.max(0, Date.parse(stored.expiresAt) - Date.now()));
    return () => clearTimeout(timer);
  }, [stored, end]);

  const signIn = useCallback(async (email: string, password: string) => {
    const { login } = await request(LoginDocument, { email, password });
    const next: Stored = { token: login.token, expiresAt: login.expiresAt, user: login.user };
    sessionStorage.setItem(KEY, JSON.stringify(next));
    setStored(next);
    setExpired(false);
    return next.user;
  }, []);

  const value = useMemo<SessionValue>(() => ({ user: stored?.user, expired, signIn, signOut: () => end(false) }), [stored, expired, signIn, end]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
