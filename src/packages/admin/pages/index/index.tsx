import { View } from '@tarojs/components';
import { Cell, Cells } from '../../../../components/ui/cells';
import { ROUTES } from '../../../../routes';
import { useOfficeQueueCounts, useRegionOverdueCount } from '../../hooks/use-office-queue';
import { useSuggestionsToAssign } from '../../hooks/use-office-suggestions';

/**
 * The region admin's pages as cells: the office's own cases first (区域待办, 超期意见, with counts),
 * then stations, staff, roster, 意见类别, campaigns, the dashboard and the identity-access log.
 */
export default function AdminHomePage() {
  const waiting = useOfficeQueueCounts();
  const overdue = useRegionOverdueCount();
  const toAssign = useSuggestionsToAssign();
  return (
    <View className='page'>
      <Cells title='意见办理'>
        <Cell
          icon='办'
          tone='red'
          label='区域待办'
          description='无工作人员的联络站交来的意见、超期上报的意见'
          badge={waiting ? waiting.routed + waiting.escalated : undefined}
          url={ROUTES.officeQueue}
        />
        <Cell icon='期' tone='orange' label='超期意见' description='本地区超过受理或办结期限的意见，超期最久的在前' badge={overdue} url={ROUTES.overdue('admin')} />
        <Cell icon='查' tone='blue' label='查找意见' description='按查询编号、电话后四位或内容中的词查找本地区及下级的意见' url={ROUTES.caseSearch('admin')} />
        <Cell icon='汇' tone='orange' label='汇总整理' description='本地区同一问题的多件意见自动归组，可合并为一件汇总件统一办理' url={ROUTES.similarGroups('admin')} />
        <Cell icon='议' tone='blue' label='代表建议' description='交办代表的闭会期间建议，登记部门答复' badge={toAssign} url={ROUTES.adminSuggestions} />
      </Cells>
      <Cells title='联络站与人员'>
        <Cell icon='站' tone='red' label='联络站管理' description='新建、撤并联络站，安排工作人员，批量打印海报' url={ROUTES.adminStations} />
        <Cell icon='工' tone='blue' label='工作人员与邀请码' description='发放工作人员邀请码，查看谁负责哪个联络站' url={ROUTES.adminStaff} />
        <Cell icon='册' tone='orange' label='代表名册' description='导入名册（.xlsx/.csv），逐行检查后激活；任期届满代表的待转交意见' url={ROUTES.adminRoster} />
        <Cell icon='类' tone='green' label='意见类别' description='全省默认类别，本地区添加的类别及其默认转办部门' url={ROUTES.adminCategories} />
      </Cells>
      <Cells title='活动与统计'>
        <Cell icon='活' tone='green' label='主题活动' description='活动期间、地区和代表层级，进展与活动总结' url={ROUTES.adminCampaigns} />
        <Cell icon='数' tone='purple' label='数据看板' description='受理、答复、办结、满意度、超期与催办，导出意见清单' url={ROUTES.adminDashboard} />
        <Cell icon='履' tone='blue' label='代表履职' description='每位代表的收到、按时受理、办结、满意率、催办、活动与签到，可排序、导出，查看履职档案' url={ROUTES.adminDeputies} />
      </Cells>
      <Cells title='安全'>
        <Cell icon='查' tone='grey' label='身份信息查看记录' description='工作人员每次查看群众完整电话等身份信息的记录' url={ROUTES.adminIdentityAccess} />
      </Cells>
    </View>
  );
}
