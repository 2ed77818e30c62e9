import { Button, Text, View } from '@tarojs/components';
import { beijingDate } from '@core/beijing-time';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { Chip } from '../../../../components/chip';
import { flag } from '../../../../lib/flag';
import { Messages } from '../../../../components/field';
import { DutyRecordCard, RecordCaseList } from '../../../../components/duty-record';
import '../../../../styles/oversight.css';
import { useDutyRecord } from '../../hooks/use-duty-record';

const year = beijingDate(new Date()).slice(0, 4);
const PERIODS = [
  { label: `${year}年`, from: `${year}-01-01`, to: `${year}-12-31` },
  { label: '上半年', from: `${year}-01-01`, to: `${year}-06-30` },
  { label: '下半年', from: `${year}-07-01`, to: `${year}-12-31` },
];

/** 履职档案: my record for a period and the cases I handled, in the app and exported as Excel or PDF. */
export default function RecordPage() {
  const r = useDutyRecord({ from: PERIODS[0].from, to: PERIODS[0].to });
  const data = r.record.data;
  return (
    <View className='page'>
      <View className='chips'>
        {PERIODS.map((p) => (
          <Chip key={p.label} on={r.period.from === p.from && r.period.to === p.to} label={p.label} onTap={() => r.setPeriod({ from: p.from, to: p.to })} />
        ))}
      </View>
      {r.record.status === 'error' ? (
        <ErrorNotice message={r.record.error.message} onRetry={r.record.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <DutyRecordCard data={data} />
      )}
      <RecordCaseList list={r.cases} />
      <Messages error={r.error} done={r.done} />
      <Button className='btn btn--primary' disabled={flag(r.busy)} loading={flag(r.busy)} onClick={() => void r.exportXlsx()}>
        导出 Excel
      </Button>
      <Button className='btn btn--plain' disabled={flag(r.busy)} onClick={() => void r.exportPdf()}>
        导出 PDF
      </Button>
    </View>
  );
}
