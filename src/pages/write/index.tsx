import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { EmptyNotice, ErrorNotice, Loading } from '../../components/page-states';
import { PageRoot } from '../../components/page-root';
import { PrivacyPopup } from '../../components/privacy-popup';
import { BottomBar } from '../../components/ui/bottom-bar';
import { flag } from '../../lib/flag';
import { useOpinionDraft } from '../../hooks/use-opinion-draft';
import { usePrivacy } from '../../hooks/use-privacy';
import { useSecond, useSimilar } from '../../hooks/use-similar';
import { useStation } from '../../hooks/use-station';
import { getLastStation } from '../../lib/last-station';
import { stationCodeFrom } from '../../lib/scene';
import { ROUTES } from '../../routes';
import { OpinionForm } from './opinion-form';
import { SubmitResult } from './submit-result';
import { SecondResult } from './second-result';
import { SimilarPanel } from './similar-panel';
import '../../styles/write.css';

/** 写意见: for the station the resident opened last (a tab page cannot take a query). */
export default function WritePage() {
  const router = useRouter();
  const [stationCode, setStationCode] = useState<string | undefined>(
    () => stationCodeFrom(router.params) ?? getLastStation(),
  );
  useDidShow(() => setStationCode(getLastStation() ?? stationCodeFrom(router.params)));
  const station = useStation(stationCode);
  // The notice comes before the resident types anything personal, once.
  const privacy = usePrivacy({ autoOpen: stationCode !== undefined });
  const state = useOpinionDraft(stationCode, privacy);
  // 附议: similar open cases of others nearby, once the resident paused writing (decision 0036).
  const { text, category, place } = state.draft;
  const similar = useSimilar({ stationCode, text, category, place }, privacy.agreed && !state.result);
  const second = useSecond(privacy, similar.items.length > 0);
  const chooseStation = () => void Taro.switchTab({ url: ROUTES.station });

  if (stationCode === undefined) {
    return (
      <PageRoot>
        <EmptyNotice text='请先扫描联络站的二维码，或选择一个联络站'>
          <Button className='btn btn--primary' onClick={chooseStation}>
            选择联络站
          </Button>
        </EmptyNotice>
      </PageRoot>
    );
  }
  if (state.result) {
    return (
      <PageRoot>
        <SubmitResult result={state.result} onAgain={state.startOver} />
      </PageRoot>
    );
  }
  if (second.result) {
    return (
      <PageRoot>
        <SecondResult result={second.result} onBack={second.reset} />
      </PageRoot>
    );
  }
  if (station.status === 'error') {
    return (
      <PageRoot>
        <ErrorNotice message={station.error.message} onRetry={station.reload}>
          <Button className='btn btn--plain' onClick={chooseStation}>
            选择其他联络站
          </Button>
        </ErrorNotice>
      </PageRoot>
    );
  }
  if (!station.data) return <Loading />;
  if (station.data.retired) {
    return (
      <PageRoot>
        <ErrorNotice title='该联络站已撤并' message={`${station.data.name}已不再接收意见，请到新的联络站反映。`}>
          <Button className='btn btn--primary' onClick={chooseStation}>
            查看联络站
          </Button>
        </ErrorNotice>
      </PageRoot>
    );
  }

  return (
    <PageRoot>
      {/* One line for where it goes, so the first screen is the text box. */}
      <View className='write-to'>
        <Text className='muted small'>写给</Text>
        <Text className='write-to__name'>{station.data.name}</Text>
        <View className='write-to__change' role='button' onClick={chooseStation}>
          <Text>更换</Text>
        </View>
      </View>
      {privacy.known && !privacy.agreed && !privacy.visible ? (
        <View className='notice row row--between'>
          <Text>提交前需要同意隐私保护指引</Text>
          <Button className='btn btn--small' onClick={privacy.open}>
            阅读并同意
          </Button>
        </View>
      ) : null}
      {privacy.error ? <Text className='error-box'>{privacy.error}</Text> : null}
      <OpinionForm
        station={station.data}
        state={state}
        afterText={<SimilarPanel items={similar.items} second={second} />}
        onTextDone={similar.textDone}
      />
      {/* One primary action, fixed at the bottom; before WeChat's dialog, what that dialog decides. */}
      <BottomBar tip={state.asksToNotify ? '微信会问是否通知办理进展，选哪个都不影响提交' : undefined}>
        {state.error ? (
          <View className='error-box write-error' role='alert'>
            <Text>{state.error}</Text>
          </View>
        ) : null}
        <Button className='btn btn--primary btn--big' disabled={flag(state.sending)} loading={flag(state.sending)} onClick={() => state.submit()}>
          {state.sending ? '正在提交…' : '提交意见'}
        </Button>
      </BottomBar>
      <PrivacyPopup show={privacy.visible} onAgree={() => void privacy.agree()} onDisagree={privacy.disagree} />
    </PageRoot>
  );
}
