import { Button, Input, Switch, Text, Textarea, View } from '@tarojs/components';
import type { z } from 'zod';
import type { StationView } from '@core/contract/views';
import { CATEGORIES, SCOPES, SCOPE_LABELS } from '@core/vocabulary';
import { Chip } from '../../components/chip';
import { DeputyCard } from '../../components/deputy-card';
import { PhotoPicker } from '../../components/photo-picker';
import type { useOpinionDraft } from '../../hooks/use-opinion-draft';
import { flag } from '../../lib/flag';
import { canChoosePlace, choosePlaceName } from '../../platform/location';

type Station = z.output<typeof StationView>;
type DraftState = ReturnType<typeof useOpinionDraft>;

/** The form itself: every field, the resident's guidance and the one submit button. */
export function OpinionForm({ station, state }: { station: Station; state: DraftState }) {
  const { draft, update, submit, sending, error, count, max, guidance, photos, placeMax } = state;
  const over = count > max;
  const chosen = station.deputies.find((d) => d.id === draft.chosenDeputyId);
  const pickPlace = async () => {
    const name = await choosePlaceName();
    if (name) update({ place: Array.from(name).slice(0, placeMax).join('') });
  };
  return (
    <View>
      <View className='card'>
        <Text className='card__title'>意见类别</Text>
        <View className='chips'>
          {CATEGORIES.map((c) => (
            <Chip key={c} label={c} on={draft.category === c} onTap={() => update({ category: c })} />
          ))}
        </View>
        {guidance ? (
          <Text className='notice'>{guidance}</Text>
        ) : null}
      </View>

      <View className='card'>
        <Text className='card__title'>问题范围</Text>
        <View className='chips'>
          {SCOPES.map((s) => (
            <Chip key={s} label={SCOPE_LABELS[s]} on={draft.scope === s} onTap={() => update({ scope: s })} />
          ))}
        </View>
      </View>

      <View className='card'>
        <Text className='card__title'>意见内容</Text>
        <Textarea
          className='textarea'
          value={draft.text}
          maxlength={-1}
          placeholder='请写清楚问题发生的地点、情况和您的建议'
          onInput={(e) => update({ text: e.detail.value })}
        />
        <Text className={`counter${over ? ' counter--over' : ''}`}>
          {count}/{max}
        </Text>
      </View>

      <View className='card'>
        <Text className='card__title'>照片(可不传,最多{photos.max}张)</Text>
        <PhotoPicker photos={photos} max={photos.max} />
        <Text className='field-label'>地点(可不填,写小区、路口或地标即可)</Text>
        <Input
          className='input'
          type='text'
          value={draft.place}
          placeholder='如:望月湖小区3栋'
          onInput={(e) => update({ place: e.detail.value })}
        />
        {canChoosePlace ? (
          <Button className='btn btn--plain' onClick={() => void pickPlace()}>
            在地图上选地点(只保留名称)
          </Button>
        ) : null}
      </View>

      {station.deputies.length > 0 ? (
        <View className='card'>
          <Text className='card__title'>想请哪位代表办理(可不选)</Text>
          <View className='chips'>
            <Chip label='不指定' on={draft.chosenDeputyId === undefined} onTap={() => update({ chosenDeputyId: undefined })} />
            {station.deputies.map((d) => (
              <Chip
                key={d.id}
                label={d.onLeave ? `${d.name}(请假中)` : d.name}
                on={draft.chosenDeputyId === d.id}
                onTap={() => update({ chosenDeputyId: d.id })}
              />
            ))}
          </View>
          {chosen ? <DeputyCard deputy={chosen} /> : null}
        </View>
      ) : null}

      <View className='card'>
        <View className='row row--between switch-row'>
          <Text>匿名(代表看不到您的身份)</Text>
          <Switch checked={draft.anonymous} color='#b71c1c' onChange={(e) => update({ anonymous: e.detail.value })} />
        </View>
        <Text className='field-label'>联系电话(可不填)</Text>
        <Input
          className='input'
          type='text'
          value={draft.phone}
          placeholder='手机号或座机号'
          onInput={(e) => update({ phone: e.detail.value })}
        />
        {draft.phone.trim() !== '' ? (
          <View className='row row--between switch-row'>
            <Text>允许代表打电话联系我</Text>
            <Switch
              checked={draft.allowContact}
              color='#b71c1c'
              onChange={(e) => update({ allowContact: e.detail.value })}
            />
          </View>
        ) : null}
        {state.smsOffered ? (
          <View className='row row--between switch-row'>
            <Text>用短信通知我办理结果</Text>
            <Switch
              type='checkbox'
              checked={draft.smsNotify}
              color='#b71c1c'
              onChange={(e) => update({ smsNotify: e.detail.value })}
            />
          </View>
        ) : null}
        <View className='row row--between switch-row'>
          <Text>办结后同意隐去个人信息公开</Text>
          <Switch
            checked={draft.consentPublish}
            color='#b71c1c'
            onChange={(e) => update({ consentPublish: e.detail.value })}
          />
        </View>
      </View>

      {error ? (
        <View className='error-box' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}

      <Button className='btn btn--primary btn--big' disabled={flag(sending)} loading={flag(sending)} onClick={() => submit()}>
        {sending ? '正在提交…' : '提交意见'}
      </Button>
      <Text className='muted small'>
        您的意见只用于办理。电话号码只在您允许时给代表看到;匿名时代表看不到您的身份。
      </Text>
    </View>
  );
}
