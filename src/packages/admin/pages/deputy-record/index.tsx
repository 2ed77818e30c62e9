import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { beijingDate } from '@core/beijing-time';
import { Chip } from '../../../../components/chip';
import { DutyRecordCard, RecordCaseList } from '../../../../components/duty-record';
import { Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { confirm } from '../../../../components/ui';
import { flag } from '../../../../lib/flag';
import { formatTime } from '../../../../lib/time';
import { useOfficeRecord } from '../../hooks/use-office-record';
import '../../../../styles/oversight.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const year = beijingDate(new Date()).slice(0, 4);
const YEAR_PERIODS = [
  { label: `${year}年`, from: `${year}-01-01`, to: `${year}-12-31` },
  { label: '上半年', from: `${year}-01-01`, to: `${year}-06-30` },
  { label: '下半年', from: `${year}-07-01`, to: `${year}-12-31` },
];

/**
 * A deputy's 履职档案 for the region office (opened from 代表履职): the same numbers and the same
 * list of cases handled the deputy sees, Excel and PDF, and a binding invite code for the
 * deputy — a re-binding, said before it is issued, when a WeChat account is bound.
 */
export default function OfficeDeputyRecordPage() {
  const { params } = useRouter();
  const asked = params.from && params.to && DAY.test(params.from) && DAY.test(params.to) ? { label: '统计期间', from: params.from, to: params.to } : undefined;
  const periods = asked && !YEAR_PERIODS.some((p) => p.from === asked.from && p.to === asked.to) ? [asked, ...YEAR_PERIODS] : YEAR_PERIODS;
  const first = asked ?? YEAR_PERIODS[0];
  const r = useOfficeRecord(params.id, { from: first.from, to: first.to });
  const data = r.record.data;
  const ask = async () => {
    if (!data) return;
    const ok = data.bound
      ? await confirm('换绑微信', `${data.deputy.name}代表已绑定微信。新邀请码被使用后，原微信将解除绑定，不能再以代表身份办理。确定发放吗？`, { confirmText: '发放', danger: true })
      : await confirm('发放绑定邀请码', `为${data.deputy.name}代表发放一次性邀请码，7天内有效。`, { confirmText: '发放' });
    if (ok) await r.issueInvite();
  };
  return (
    <View className='page'>
      <View className='chips'>
        {periods.map((p) => (
          <Chip key={p.label} on={r.period.from === p.from && r.period.to === p.to} label={p.label === '统计期间' ? `${p.from}至${p.to}` : p.label} onTap={() => r.setPeriod({ from: p.from, to: p.to })} />
        ))}
      </View>
      {r.record.status === 'error' ? (
        <ErrorNotice message={r.record.error.message} onRetry={() => void r.record.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <View className='card'>
            <Text className='card__title'>{data.deputy.name}代表</Text>
            <Text className='small'>
              {data.deputy.levelLabel}人大代表 · {data.inOffice ? '在任' : '任期已结束'} · {data.bound ? '已绑定微信' : '尚未绑定微信'}
            </Text>
          </View>
          <DutyRecordCard data={data} />
        </>
      )}
      <RecordCaseList list={r.cases} />
      <Messages error={r.error} done={r.done} />
      {r.invite ? (
        <View className='card invite-code' role='status'>
          <Text className='card__title'>邀请码：{r.invite.code}</Text>
          <Text className='small'>有效期至 {formatTime(r.invite.expiresAt)}，仅可使用一次。</Text>
          {r.invite.rebind ? <Text className='small'>换绑：原微信将解除绑定</Text> : null}
        </View>
      ) : null}
      <Button className='btn btn--primary' disabled={flag(r.busy)} loading={flag(r.busy)} onClick={() => void r.exportXlsx()}>
        导出 Excel
      </Button>
      <Button className='btn btn--plain' disabled={flag(r.busy)} onClick={() => void r.exportPdf()}>
        导出 PDF
      </Button>
      {data?.inOffice ? (
        <Button className='btn btn--plain' disabled={flag(r.busy)} onClick={() => void ask()}>
          发放绑定邀请码
        </Button>
      ) : null}
    </View>
  );
}
