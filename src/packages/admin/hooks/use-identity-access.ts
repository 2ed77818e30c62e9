import { useState } from 'react';
import { call } from '../../../api/client';
import { usePaged } from '../../../hooks/use-paged';
import { useRemote } from '../../../hooks/use-remote';

export interface IdentityAccessFilters {
  from?: string;
  to?: string;
  staff?: string;
}

/** Drops empty filters (the contract refuses empty strings). */
const clean = (f: IdentityAccessFilters): IdentityAccessFilters =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as IdentityAccessFilters;

/** 身份信息查看记录 of my region, page by page, by day and by staff member (and the staff to choose from). */
export function useIdentityAccess() {
  const [filters, setFilters] = useState<IdentityAccessFilters>({});
  const applied = clean(filters);
  const list = usePaged(`identity-access|${JSON.stringify(applied)}`, (offset, limit) => call('admin', 'identityAccessLog', { ...applied, offset, limit }));
  const staff = useRemote('admin-staff', () => call('admin', 'staffOverview', {}));
  return { filters, setFilters, list, staff };
}
