import { passwordStrength } from '@yibao/contracts';

const levels = ['弱', '中', '强'] as const;

/** 密码强度: three bars and 弱 / 中 / 强, by the same rule the contracts define. */
export function PasswordStrength({ password }: { password: string | undefined }) {
  const strength = passwordStrength(password ?? '');
  const rank = strength ? levels.indexOf(strength) + 1 : 0;
  return (
    <div
      className={`password-strength password-strength-${rank}`}
      role="meter"
      aria-label="密码强度"
      aria-valuemin={0}
      aria-valuemax={3}
      aria-valuenow={rank}
      aria-valuetext={strength || '未输入'}
    >
      {levels.map((level, i) => (
        <span
          key={level}
          className={i < rank ? 'password-strength-bar on' : 'password-strength-bar'}
        />
      ))}
      <span className="password-strength-text">{strength || '—'}</span>
    </div>
  );
}
