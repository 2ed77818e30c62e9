import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES } from '../../../../routes';

/** The region admin's pages: stations, staff, roster, campaigns, the dashboard and the identity-access log. */
export default function AdminHomePage() {
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>联络站管理</Text>
        <Text>新建、撤并联络站,安排工作人员,批量打印海报。</Text>
        <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: ROUTES.adminStations })}>进入联络站管理</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>工作人员</Text>
        <Text>为本地区联络站发放工作人员邀请码,查看谁负责哪个联络站。</Text>
        <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.adminStaff })}>工作人员与邀请码</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>代表名册</Text>
        <Text>导入代表名册(.xlsx/.csv),逐行检查后一键激活;任期届满代表的待转交意见。</Text>
        <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.adminRoster })}>导入代表名册</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>主题活动</Text>
        <Text>设置活动期间、地区和代表层级,查看进展,一键生成活动总结(PDF、Excel)。</Text>
        <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.adminCampaigns })}>主题活动与活动总结</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>数据看板</Text>
        <Text>本地区及下级的办理统计:按期受理、答复和办结用时、办理结果、满意度、超期与催办;按期间、地区、联络站、代表层级筛选,导出意见清单。</Text>
        <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.adminDashboard })}>进入数据看板</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>身份信息查看记录</Text>
        <Text>本地区工作人员每次查看群众完整电话号码等身份信息的记录:时间、查看人、意见查询编号、用途。</Text>
        <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.adminIdentityAccess })}>查看身份信息查看记录</Button>
      </View>
    </View>
  );
}
