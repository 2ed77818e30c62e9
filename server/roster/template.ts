/** The roster template (代表名册模板): the header the import expects, two example rows and how rows are matched, stored for the admin who asked. */
import { ROSTER_TEMPLATE_HEADER, ROSTER_TEMPLATE_NOTES } from '../../core/roster-rows';
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import type { Actor } from '../users/actor';
import { newWorkbook, workbookBytes } from '../platform/xlsx';

export async function rosterTemplate(ports: Ports, actor: Actor) {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet('代表名册');
  sheet.columns = ROSTER_TEMPLATE_HEADER.map((header) => ({ header, width: header === '简介' ? 40 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(['张三', '县', '望月湖街道', 'WYH01', '住房物业、民政养老', '第十八届', '2031-12-31', '示例行，导入前请删除', '430104-18-001', '0731-88880001']);
  sheet.addRow(['李四', '乡', '430104010', 'XJH01、YL01', '教育', '第十八届', '2031-12-31', '层级填 全国/省/市/县/乡；选举地区可填名称或编号', '', '']);
  // How a row finds a deputy already in the roster (decision 0011): the notes sheet says it in words.
  const notes = wb.addWorksheet('填写说明');
  notes.columns = [{ header: '说明', width: 100 }];
  notes.getRow(1).font = { bold: true };
  for (const line of ROSTER_TEMPLATE_NOTES) notes.addRow([line]);
  const bytes = await workbookBytes(wb);
  return storeGenerated(ports, { folder: 'roster-templates', scope: actor.adminRegionCode!, fileName: '代表名册模板.xlsx', ext: 'xlsx' }, bytes);
}
