import { useEffect } from 'react';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCNLocale from 'antd/locale/zh_CN';
import { RouterProvider } from 'react-router';
import { ApiError, onUnauthorized } from './api/client';
import { LanguageProvider, useI18n } from './i18n/language';
import { createConsoleRouter } from './routes';
import { CONSOLE_THEME } from './theme/console-theme';
import { sessionLost } from './session/session';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a dropped connection may.
      retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
      // What the router fetched while a page's code loaded is used as it is, not fetched again
      // on mount; every command invalidates what it changed.
      staleTime: 5_000,
      refetchOnWindowFocus: false,
    },
  },
});
const router = createConsoleRouter(queryClient);

/** Ant Design in the chosen language, in the console's theme. */
function Themed() {
  const { language } = useI18n();
  const client = useQueryClient();
  useEffect(() => onUnauthorized(sessionLost(client)), [client]);
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCNLocale : enUS}
      // Ant Design puts a space between two Chinese characters on a button ("登 录"):
      // the accessible name must be the word itself.
      button={{ autoInsertSpace: false }}
      theme={CONSOLE_THEME}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <Themed />
      </LanguageProvider>
    </QueryClientProvider>
  );
}
