import { Input, Switch, Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { StationView } from '@core/contract/views';
import { SCOPES, SCOPE_LABELS } from '@core/vocabulary';
import { Chip } from '../../components/chip';
import { DeputyCard } from '../../components/deputy-card';
import type { Draft, Faults } from '../../hooks/use-opinion-draft';
import { FieldFault } from './field-fault';

type Station = z.output<typeof StationView>;

const SWITCH_COLOR = '#b71c1c';

/**
 * 更多选项(可不填): what a resident may leave as it is — the scope, a deputy of their choice,
 * anonymity, a phone number (and with it calls and SMS), and consent to publish the result.
 */
export function MoreOptions({
  open,
  onToggle,
  station,
  draft,
  update,
  faults,
  smsOffered,
}: {
  open: boolean;
  onToggle: () => void;
  station: Station;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  faults: Faults;
  smsOffered: boolean;
}) {
  const chosen = station.deputies.find((d) => d.id === draft.chosenDeputyId);
  const summary = [
    draft.chosenDeputyId && chosen ? `请${chosen.name}代表办理` : '',
    draft.anonymous ? '匿名' : '',
    draft.phone.trim() ? '已留电话' : '',
    draft.consentPublish ? '同意公开结果' : '',
  ].filter(Boolean);
  return (
    <View className='card write-more'>
      <View className='write-more__hd' role='button' onClick={onToggle}>
        <View className='column'>
          <Text className='card__title'>更多选项（可不填）</Text>
          <Text className='muted small'>{summary.length ? summary.join(' · ') : '问题范围、指定代表、匿名、联系电话'}</Text>
        </View>
        <Text className={`write-toggle__arrow${open ? ' write-toggle__arrow--up' : ''}`} />
      </View>
      {open ? (
        <View className='write-more__bd'>
          <View className='write-field' id='write-field-scope'>
            <Text className='field-label'>问题范围</Text>
            <View className='chips'>
              {SCOPES.map((s) => (
                <Chip key={s} label={SCOPE_LABELS[s]} on={draft.scope === s} onTap={() => update({ scope: s })} />
              ))}
            </View>
            <FieldFault text={faults.scope} />
          </View>

          {station.deputies.length > 0 ? (
            <View className='write-field' id='write-field-chosenDeputyId'>
              <Text className='field-label'>想请哪位代表办理（可不选）</Text>
              <View className='chips'>
                <Chip label='不指定' on={draft.chosenDeputyId === undefined} onTap={() => update({ chosenDeputyId: undefined })} />
                {station.deputies.map((d) => (
                  <Chip
                    key={d.id}
                    label={d.onLeave ? `${d.name}（请假中）` : d.name}
                    on={draft.chosenDeputyId === d.id}
                    onTap={() => update({ chosenDeputyId: d.id })}
                  />
                ))}
              </View>
              {chosen ? <DeputyCard deputy={chosen} /> : null}
              <FieldFault text={faults.chosenDeputyId} />
            </View>
          ) : null}

          <View className='row row--between switch-row' id='write-field-anonymous'>
            <Text>匿名（代表看不到您的身份）</Text>
            <Switch checked={draft.anonymous} color={SWITCH_COLOR} onChange={(e) => update({ anonymous: e.detail.value })} />
          </View>

          <View className={`write-field${faults.phone ? ' write-field--fault' : ''}`} id='write-field-phone'>
            <Text className='field-label'>联系电话（可不填）</Text>
            <Input
              className={`input${faults.phone ? ' input--fault' : ''}`}
              type='text'
              value={draft.phone}
              placeholder='手机号或座机号'
              onInput={(e) => update({ phone: e.detail.value })}
            />
            <FieldFault text={faults.phone} />
          </View>
          {draft.phone.trim() !== '' ? (
            <View className='row row--between switch-row'>
              <Text>允许代表打电话联系我</Text>
              <Switch checked={draft.allowContact} color={SWITCH_COLOR} onChange={(e) => update({ allowContact: e.detail.value })} />
            </View>
          ) : null}
          {smsOffered ? (
            <View className='row row--between switch-row'>
              <Text>用短信通知我办理结果</Text>
              <Switch type='checkbox' checked={draft.smsNotify} color={SWITCH_COLOR} onChange={(e) => update({ smsNotify: e.detail.value })} />
            </View>
          ) : null}
          <View className='row row--between switch-row' id='write-field-consentPublish'>
            <Text className='write-more__consent'>办结后，允许把处理结果（隐去姓名电话）公开在「办实事成果」</Text>
            <Switch checked={draft.consentPublish} color={SWITCH_COLOR} onChange={(e) => update({ consentPublish: e.detail.value })} />
          </View>
        </View>
      ) : null}
    </View>
  );
}
