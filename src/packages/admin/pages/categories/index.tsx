import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Chip } from '../../../../components/chip';
import { Field, Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { confirm } from '../../../../components/ui';
import { flag } from '../../../../lib/flag';
import { type AddedCategory, useCategories } from '../../hooks/use-categories';
import '../../../../styles/desk.css';

const EMPTY = { name: '', hint: '', departmentId: '', common: false };

/**
 * 意见类别: the categories residents of my region choose from. The provincial defaults are
 * fixed (read only), as are those a region above added; the office adds its own — a name, what
 * it is about for residents, the department it goes to by default (from the directory of my
 * region and those above) and whether the form shows it first — and retires one it added
 * (after a confirmation; opinions filed under it keep it). Decision 0035.
 */
export default function AdminCategoriesPage() {
  const c = useCategories();
  const [form, setForm] = useState(EMPTY);
  const data = c.list.data;

  async function add() {
    if (!data) return;
    const name = form.name.trim();
    const dept = data.departments.find((d) => d.id === form.departmentId);
    const sure = await confirm(
      '添加意见类别',
      `添加后，${data.region.name}及下级地区的群众写意见时可以选择“${name}”${dept ? `，默认转办${dept.name}` : ''}。类别只能停用，不能删除。`,
      { confirmText: '添加' },
    );
    if (!sure) return;
    const r = await c.add({ name, hint: form.hint.trim(), common: form.common, ...(form.departmentId ? { departmentId: form.departmentId } : {}) });
    if (r.ok) setForm(EMPTY);
  }

  async function retire(row: AddedCategory) {
    const sure = await confirm('停用意见类别', `停用后，新意见不能再选择“${row.name}”；已经提交的意见保留这个类别，照常办理。`, {
      confirmText: '停用',
      danger: true,
    });
    if (sure) await c.retire(row);
  }

  /** A retired category of mine comes back as it was (adding the same name again). */
  async function restore(row: AddedCategory) {
    const sure = await confirm('重新启用', `重新启用后，群众写意见时又可以选择“${row.name}”。`, { confirmText: '启用' });
    if (sure) await c.add({ name: row.name, hint: row.hint, common: row.common, ...(row.departmentId ? { departmentId: row.departmentId } : {}) });
  }

  if (c.list.status === 'error') return <ErrorNotice message={c.list.error.message} onRetry={c.list.reload} />;
  if (!data) return <Loading />;
  const row = (r: AddedCategory, mine: boolean) => (
    <View key={r.id} className='column category-row' data-name={r.name} data-status={r.status}>
      <Text className={`bullet${r.status === 'retired' ? ' muted' : ''}`}>
        · {r.name}
        {r.common ? '（常用）' : ''}
        {r.status === 'retired' ? '（已停用）' : ''}
        {mine ? '' : ` · ${r.regionName}添加`}
      </Text>
      <Text className='bullet small muted'>说明：{r.hint}</Text>
      <Text className='bullet small muted'>默认转办：{r.departmentName || '未指定（转办时从部门目录中选择）'}</Text>
      {mine ? (
        <View className='row'>
          {r.status === 'active' ? (
            <Button className='btn btn--plain btn--small' disabled={flag(c.busy)} onClick={() => void retire(r)}>
              停用
            </Button>
          ) : (
            <Button className='btn btn--plain btn--small' disabled={flag(c.busy)} onClick={() => void restore(r)}>
              重新启用
            </Button>
          )}
        </View>
      ) : null}
    </View>
  );

  return (
    <View className='page'>
      <Messages error={c.error} done={c.done} />
      <View className='card'>
        <Text className='card__title'>添加意见类别</Text>
        <Text className='muted small'>添加的类别用于{data.region.name}及下级地区的所有联络站。全省默认类别不用添加。</Text>
        <Field label='类别名称（2到12个汉字）' value={form.name} onChange={(v) => setForm({ ...form, name: v })} placeholder='如：物业维修基金' />
        <Field label='给群众的说明' value={form.hint} onChange={(v) => setForm({ ...form, hint: v })} placeholder='如：住宅专项维修资金的申请、使用和续筹' />
        <Text className='field-label'>默认转办部门（可不选：转办时再从部门目录中选择）</Text>
        {data.departments.length === 0 ? <Text className='muted small'>本地区和上级地区的部门目录中还没有部门。</Text> : null}
        <View className='chips'>
          {data.departments.map((d) => (
            <Chip
              key={d.id}
              on={form.departmentId === d.id}
              label={d.name}
              ariaLabel={`${d.name}（${d.regionName}）`}
              onTap={() => setForm({ ...form, departmentId: form.departmentId === d.id ? '' : d.id })}
            />
          ))}
        </View>
        <View className='chips'>
          <Chip on={form.common} label='常用类别：在写意见页面排在前面' onTap={() => setForm({ ...form, common: !form.common })} />
        </View>
        <Button className='btn btn--primary' disabled={flag(c.busy || !form.name.trim() || !form.hint.trim())} onClick={() => void add()}>
          添加类别
        </Button>
      </View>

      <View className='card'>
        <Text className='card__title'>本地区添加的类别（{data.own.filter((r) => r.status === 'active').length}）</Text>
        {data.own.length === 0 ? <Text className='muted small'>还没有添加类别。</Text> : null}
        {data.own.map((r) => row(r, true))}
      </View>

      {data.above.length > 0 ? (
        <View className='card'>
          <Text className='card__title'>上级地区添加的类别</Text>
          {data.above.map((r) => row(r, false))}
        </View>
      ) : null}

      <View className='card'>
        <Text className='card__title'>全省默认类别（不能修改）</Text>
        <Text className='small'>{data.defaults.filter((d) => !d.staffOnly).map((d) => d.name).join('、')}</Text>
        <Text className='muted small'>由工作人员处理、不转给代表：{data.defaults.filter((d) => d.staffOnly).map((d) => d.name).join('、')}</Text>
      </View>
    </View>
  );
}
