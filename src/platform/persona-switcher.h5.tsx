import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ROLE_LABELS, type Role } from '@core/vocabulary';
import { type Persona, chosenOpenid, choosePersona, defaultPersona, loadPersonas } from '../api/local-personas';

const rolesText = (roles: string[]) => roles.map((r) => ROLE_LABELS[r as Role] ?? r).join('、');

/** Local run only: act as one of the demo people (sent as X-WX-OPENID). */
export function PersonaSwitcher({ onSwitched }: { onSwitched: () => void }) {
  const [personas, setPersonas] = useState<Persona[]>([]);
  const [current, setCurrent] = useState<string | undefined>(chosenOpenid());

  useEffect(() => {
    void loadPersonas().then((list) => {
      setPersonas(list);
      setCurrent((c) => c ?? defaultPersona(list)?.openid);
    });
  }, []);

  if (personas.length === 0) return null;
  return (
    <View className='card persona-switcher'>
      <Text className='card__title'>本地演示：切换身份</Text>
      <Text className='muted small'>仅在本地运行时出现。选择后，所有请求都以该身份发出。</Text>
      {personas.map((p) => (
        <View
          key={p.openid}
          className={`list-item persona${p.openid === current ? ' persona--on' : ''}`}
          data-openid={p.openid}
          role='button'
          onClick={() => {
            choosePersona(p.openid);
            setCurrent(p.openid);
            onSwitched();
          }}
        >
          <View className='row row--between'>
            <Text className='list-item__title'>{p.name}</Text>
            <Text className='muted small'>{p.openid === current ? '当前身份' : rolesText(p.roles)}</Text>
          </View>
          {p.note ? <Text className='muted small'>{p.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
