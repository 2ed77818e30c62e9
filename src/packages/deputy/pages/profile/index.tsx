import { Button, Image, Text, View } from '@tarojs/components';
import { BIO_MAX, CONTACT_PREFERENCE_LABELS, CONTACT_PREFERENCES, SPECIALTIES_MAX } from '@core/deputy-profile';
import { Chip } from '../../../../components/chip';
import { DeputyCard } from '../../../../components/deputy-card';
import { Field, Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { useProfile } from '../../hooks/use-profile';

const PHOTO_STATE_TEXT = {
  none: '',
  pending: '新照片正在审核，通过后向居民展示',
  review: '新照片需要人工审核，暂未展示',
  refused: '新照片未通过审核，请换一张',
} as const;

/** 我的代表资料: what residents see on the station page, and the form to change it. */
export default function ProfilePage() {
  const p = useProfile();
  if (p.profile.status === 'error') return <ErrorNotice message={p.profile.error.message} onRetry={p.profile.reload} />;
  const data = p.profile.data;
  const d = p.draft;
  if (!data || !d) return <Loading />;
  const photo = d.photo?.url ?? data.photoCheck.url ?? data.photoUrl;
  const bioLength = Array.from(d.bio.trim()).length;
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>居民看到的样子</Text>
        <DeputyCard deputy={data.card} />
      </View>

      <View className='card'>
        <Text className='card__title'>照片</Text>
        <View className='row'>
          {photo ? (
            <Image className='deputy__photo' src={photo} mode='aspectFill' ariaLabel='我的照片' nativeProps={{ alt: '我的照片' }} />
          ) : (
            <Text className='muted'>还没有照片</Text>
          )}
          <Button className='btn btn--plain btn--small' loading={flag(p.uploading)} disabled={flag(p.uploading)} onClick={() => void p.pickPhoto()}>
            {photo ? '更换照片' : '上传照片'}
          </Button>
        </View>
        {d.photo ? <Text className='muted small'>保存后送审，通过后向居民展示</Text> : null}
        {!d.photo && PHOTO_STATE_TEXT[data.photoCheck.state] ? <Text className='notice'>{PHOTO_STATE_TEXT[data.photoCheck.state]}</Text> : null}
      </View>

      <View className='card'>
        <Field label={`简介（${bioLength}/${BIO_MAX}字）`} value={d.bio} onChange={(v) => p.update({ bio: v })} placeholder='如：社区党委书记，关注老旧小区改造和居家养老' multi />
        <Text className='field-label'>关注领域（最多{SPECIALTIES_MAX}项，意见按领域分派给您）</Text>
        <View className='chips'>
          {/* The categories of my stations' regions (added ones too), and any I hold that was retired since. */}
          {[...data.specialtyChoices, ...d.specialties.filter((c) => !data.specialtyChoices.includes(c))].map((c) => (
            <Chip key={c} on={d.specialties.includes(c)} label={c} onTap={() => p.toggleSpecialty(c)} />
          ))}
        </View>
        <Text className='field-label'>公开联系方式</Text>
        <View className='chips'>
          {CONTACT_PREFERENCES.map((c) => (
            <Chip key={c} on={d.contactPreference === c} label={CONTACT_PREFERENCE_LABELS[c]} onTap={() => p.update({ contactPreference: c })} />
          ))}
        </View>
        {d.contactPreference === 'office_phone' ? (
          <Field label='办公电话（居民可以看到）' value={d.officePhone} onChange={(v) => p.update({ officePhone: v })} placeholder='如 0731-88886666' />
        ) : (
          <Text className='muted small'>不会向居民展示任何电话号码。</Text>
        )}
        <Messages error={p.error} done={p.done} />
        <Button className='btn btn--primary' disabled={flag(p.busy || p.uploading)} loading={flag(p.busy)} onClick={() => void p.save()}>
          保存资料
        </Button>
      </View>
    </View>
  );
}
