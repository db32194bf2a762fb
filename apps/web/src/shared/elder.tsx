import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Switch } from 'antd';
import type { ThemeConfig } from 'antd';

/**
 * 适老化 (elder mode): larger type (18 px body), larger targets and darker text. One switch in
 * every header; the choice is remembered in this browser.
 */
export const ELDER_STORAGE_KEY = 'yibao.elder';
const ELDER_CLASS = 'elder';

interface ElderState {
  elder: boolean;
  setElder: (on: boolean) => void;
}

const ElderContext = createContext<ElderState>({ elder: false, setElder: () => undefined });

function readStored(): boolean {
  try {
    return window.localStorage.getItem(ELDER_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

export function ElderProvider({ children }: { children: ReactNode }) {
  const [elder, setElder] = useState(readStored);

  useEffect(() => {
    // The class on <html> switches the global CSS (body type, antd-mobile variables).
    document.documentElement.classList.toggle(ELDER_CLASS, elder);
    try {
      window.localStorage.setItem(ELDER_STORAGE_KEY, elder ? '1' : '0');
    } catch {
      // Private mode without storage: the switch still works for this page.
    }
  }, [elder]);

  const value = useMemo(() => ({ elder, setElder }), [elder]);
  return <ElderContext.Provider value={value}>{children}</ElderContext.Provider>;
}

export function useElder(): ElderState {
  return useContext(ElderContext);
}

/** antd theme of the current mode: elder mode enlarges type and controls and darkens text. */
export function antdTheme(elder: boolean): ThemeConfig {
  const base: ThemeConfig = { token: { colorPrimary: '#1659c7', borderRadius: 4 } };
  if (!elder) return base;
  return {
    token: {
      ...base.token,
      fontSize: 18,
      fontSizeSM: 16,
      fontSizeLG: 20,
      controlHeight: 44,
      controlHeightSM: 36,
      controlHeightLG: 52,
      colorPrimary: '#0a3d91',
      colorText: '#000000',
      colorTextHeading: '#000000',
      colorTextSecondary: '#1f1f1f',
      colorTextTertiary: '#333333',
      colorTextDescription: '#333333',
      colorTextPlaceholder: '#595959',
      colorBorder: '#8c8c8c',
    },
    components: {
      Menu: { itemHeight: 52, itemSelectedBg: '#dce8fb', itemSelectedColor: '#0a3d91' },
      Table: { cellPaddingBlock: 14 },
    },
  };
}

/** The header switch: 长者模式 on or off. */
export function ElderSwitch({ dark = false }: { dark?: boolean }) {
  const { elder, setElder } = useElder();
  return (
    <label className={dark ? 'elder-switch elder-switch-dark' : 'elder-switch'}>
      <Switch checked={elder} onChange={setElder} aria-label="长者模式（适老化）" />
      <span>长者模式</span>
    </label>
  );
}
