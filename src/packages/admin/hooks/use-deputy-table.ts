import type { DeputyTableFilters } from '@core/contract/actions/admin-oversight';
import type { Answer } from '@core/contract/functions';
import { useState } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useCursorPaged } from '../../../hooks/use-cursor-paged';
import { useRemote } from '../../../hooks/use-remote';
import { saveFile } from '../../../lib/open-file';

export type DeputyTableRow = Answer<'admin', 'deputyTable'>['items'][number];
/** What the table shows: period (months), region, level, sort column and direction. */
export type TableView = Partial<Pick<DeputyTableFilters, 'from' | 'to' | 'regionCode' | 'level'>> & Pick<DeputyTableFilters, 'sort' | 'direction'>;

/** Drops empty filters (the contract refuses empty strings). */
const clean = (v: TableView): TableView => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')) as TableView;

/** 代表履职: the region's per-deputy table page by page, the regions to narrow it to, and its xlsx export. */
export function useDeputyTable(initial: TableView) {
  const [view, setView] = useState<TableView>(initial);
  const applied = clean(view);
  const table = useCursorPaged(`deputy-table|${JSON.stringify(applied)}`, (cursor) =>
    call('admin', 'deputyTable', { ...applied, limit: 20, ...(cursor ? { cursor } : {}) }),
  );
  const regions = useRemote('admin-regions', () => call('admin', 'regions', {}));
  const action = useAction();
  const exportXlsx = () =>
    action.act(async () => {
      const f = await call('admin', 'exportDeputyTable', applied);
      return `${await saveFile(f.url, f.fileName)}（共 ${f.rows} 位代表）`;
    }, (m) => m);
  return { view, setView, table, regions, exportXlsx, ...action };
}
