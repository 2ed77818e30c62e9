import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { StationView } from '@core/contract/views';
import { OPTIONAL_FIELDS, optionsSet, type useOpinionDraft } from '../../hooks/use-opinion-draft';
import { canChoosePlace, choosePlaceName } from '../../platform/location';
import { CategoryPicker } from './category-picker';
import { FieldFault } from './field-fault';
import { MoreOptions } from './more-options';
import { PhotoUploader } from './photo-uploader';

type Station = z.output<typeof StationView>;
type DraftState = ReturnType<typeof useOpinionDraft>;

/**
 * The form, in the order a resident thinks it: what the problem is (with photos), its category,
 * where; everything optional folded under 更多选项(可不填). A refusal marks every field at fault
 * and brings the first into view. The submit button is the page's (fixed at the bottom).
 */
export function OpinionForm({
  station,
  state,
  afterText,
  onTextDone,
}: {
  station: Station;
  state: DraftState;
  /** What follows the text (similar cases of others nearby, 附议). */
  afterText?: ReactNode;
  /** The resident left the text box. */
  onTextDone?: () => void;
}) {
  const { draft, update, faults, scrollTo, count, min, max, guidance, photos, placeMax } = state;
  const [moreOpen, setMoreOpen] = useState(() => optionsSet(draft));
  const optionalFault = OPTIONAL_FIELDS.some((f) => faults[f] !== undefined);

  // The first field at fault comes into view. A fault under 更多选项 opened it in this very
  // render (`optionalFault`), so the field is there; it stays open after the fault is fixed.
  useEffect(() => {
    if (!scrollTo) return;
    if (OPTIONAL_FIELDS.includes(scrollTo.field)) setMoreOpen(true);
    const id = scrollTo.field === 'photos' ? 'write-field-text' : `write-field-${scrollTo.field}`;
    void Promise.resolve(Taro.pageScrollTo({ selector: `#${id}`, duration: 200 })).catch(() => undefined);
  }, [scrollTo]);

  // A draft kept from another station may hold a category this station does not have.
  useEffect(() => {
    if (draft.category !== undefined && !station.categories.some((c) => c.name === draft.category)) update({ category: undefined });
  }, [station.code, draft.category]);

  const pickPlace = async () => {
    const name = await choosePlaceName();
    if (name) update({ place: Array.from(name).slice(0, placeMax).join('') });
  };
  const over = count > max;

  return (
    <View className='write-form'>
      <View className={`card write-field${faults.text ? ' write-field--fault' : ''}`} id='write-field-text'>
        <Text className='card__title'>意见内容</Text>
        <Textarea
          className={`textarea${faults.text ? ' textarea--fault' : ''}`}
          value={draft.text}
          maxlength={-1}
          placeholder='请写清楚是什么问题、在哪里、有多久了，以及您的建议'
          onInput={(e) => update({ text: e.detail.value })}
          onBlur={onTextDone}
        />
        <Text className={`counter${over ? ' counter--over' : ''}`}>
          已写 {count} 字{over ? `，最多 ${max} 字` : count < min ? `，至少 ${min} 字` : ''}
        </Text>
        <FieldFault text={faults.text} />
        <PhotoUploader photos={photos} max={photos.max} />
      </View>
      {afterText}

      <CategoryPicker categories={station.categories} value={draft.category} onChange={(category) => update({ category })} guidance={guidance} fault={faults.category} />

      <View className={`card write-field${faults.place ? ' write-field--fault' : ''}`} id='write-field-place'>
        <Text className='card__title'>地点</Text>
        <Text className='muted small'>可不填，写小区、路口或地标即可</Text>
        <Input
          className={`input${faults.place ? ' input--fault' : ''}`}
          type='text'
          value={draft.place}
          placeholder='如：望月湖小区3栋'
          onInput={(e) => update({ place: e.detail.value })}
        />
        {canChoosePlace ? (
          <Button className='btn btn--plain' onClick={() => void pickPlace()}>
            在地图上选地点（只保留名称）
          </Button>
        ) : null}
        <FieldFault text={faults.place} />
      </View>

      <MoreOptions
        open={moreOpen || optionalFault}
        onToggle={() => setMoreOpen(!(moreOpen || optionalFault))}
        station={station}
        draft={draft}
        update={update}
        faults={faults}
        smsOffered={state.smsOffered}
      />

      <Text className='muted small write-privacy'>
        您的意见只用于办理。电话号码只在您允许时给代表看到；匿名时代表看不到您的身份。
      </Text>
    </View>
  );
}
