import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { PageRoot } from '../../../../components/page-root';
import { PrivacyPopup } from '../../../../components/privacy-popup';
import { StatusBadge } from '../../../../components/status-badge';
import { useClaim } from '../../../../hooks/use-claim';
import { usePrivacy } from '../../../../hooks/use-privacy';
import { flag } from '../../../../lib/flag';
import { stationCodeFrom } from '../../../../lib/scene';
import { ROUTES } from '../../../../routes';

/** 认领意见: an opinion staff entered for a visit, call or letter becomes mine to follow. */
export default function ClaimPage() {
  // Shown only when the server refuses the claim for want of the agreement.
  const privacy = usePrivacy({ autoOpen: false });
  // Opened from the code on the walk-in slip: its scene is the tracking number (decoded like a station's).
  const router = useRouter();
  const claim = useClaim(privacy, stationCodeFrom({ scene: router.params.scene }));
  return (
    <PageRoot>
      <View className='card'>
        <Text className='card__title'>认领工作人员代录的意见</Text>
        <Text className='muted'>您到联络站、打电话或写信反映的意见，由工作人员登记后会给您一个查询编号。填写查询编号和登记时留的电话，就能在这里跟踪办理进度。</Text>
        <Text className='field-label'>查询编号</Text>
        <Input
          className='input'
          type='text'
          value={claim.trackingNo}
          placeholder='如 430104-20261125-0042'
          onInput={(e) => claim.setTrackingNo(e.detail.value)}
        />
        <Text className='field-label'>登记时留的电话</Text>
        <Input
          className='input'
          type='number'
          value={claim.phone}
          placeholder='手机号或座机号'
          onInput={(e) => claim.setPhone(e.detail.value)}
        />
      </View>
      {claim.error ? (
        <View className='error-box' role='alert'>
          <Text>{claim.error}</Text>
        </View>
      ) : null}
      {claim.claimed ? (
        <View className='card' role='status'>
          <Text className='result__title'>认领成功</Text>
          <View className='row row--between'>
            <Text className='tracking'>{claim.claimed.trackingNo}</Text>
            <StatusBadge status={claim.claimed.status} label={claim.claimed.statusLabel} />
          </View>
          <Text className='excerpt'>{claim.claimed.excerpt}</Text>
          <Button
            className='btn btn--primary'
            onClick={() => void Taro.navigateTo({ url: ROUTES.opinion(claim.claimed!.id) })}
          >
            查看办理进度
          </Button>
        </View>
      ) : (
        <Button className='btn btn--primary btn--big' disabled={flag(claim.busy)} loading={flag(claim.busy)} onClick={() => void claim.submit()}>
          认领
        </Button>
      )}
      {privacy.error ? <Text className='error-box'>{privacy.error}</Text> : null}
      <PrivacyPopup show={privacy.visible} onAgree={() => void privacy.agree()} onDisagree={privacy.disagree} />
    </PageRoot>
  );
}
