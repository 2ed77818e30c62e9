import { Text, View } from '@tarojs/components';

/** The region admin's pages: not built yet; says so plainly instead of showing made-up data. */
export default function AdminHomePage() {
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>区域管理(建设中)</Text>
        <Text>这里将提供给人大常委会和乡镇人大主席团使用,目前还没有开放。即将包括:</Text>
        <Text className='bullet'>· 本区域及下级的办理统计(按办结与满意度,不按数量)</Text>
        <Text className='bullet'>· 新建、撤并联络站,邀请工作人员</Text>
        <Text className='bullet'>· 代表名册导入与届次变动</Text>
        <Text className='bullet'>· 活动期设置与活动总结报告</Text>
        <Text className='bullet'>· 数据导出</Text>
        <Text className='muted small'>在此之前,请通过原有方式办理。</Text>
      </View>
    </View>
  );
}
