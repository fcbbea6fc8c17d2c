/**
 * AWS CLI shorthand syntax carries a field's name in a sibling pair: `--user-attributes
 * Name=family_name,Value=Doe Name=email,Value=…` (Cognito `admin-create-user`,
 * `admin-update-user-attributes`), `--parameters ParameterKey=DbPassword,ParameterValue=…`
 * (CloudFormation), `Key=…,Value=…` (tags, SSM): the AWS CLI User Guide, "Using shorthand syntax
 * with the AWS CLI". The value of `Value=` / `ParameterValue=` is read under the name that the pair
 * right before it, after a comma, gives (`Name=`, `Key=`, `ParameterKey=`); the key rules then
 * decide as for any key, so `Key=Environment,Value=prod` changes nothing.
 */

/** `Name=`, `Key=`, `ParameterKey=`, `OptionName=` (any case), with the name after it, right before `,` at `comma`. */
const NAME_PAIR = /(?:^|[\s,{[])(?:name|key|parameterkey|optionname)=([A-Za-z_][\w.:-]{0,63})$/i;

/**
 * The name the shorthand pair before a `Value=` key gives it (`family_name` for `Value` in
 * `Name=family_name,Value=Doe`), or undefined. `keyStart` is where the key starts in `text`. Keys
 * other than a value key cost a length and a character test.
 */
export function shorthandNameOf(text: string, keyStart: number, key: string): string | undefined {
  if (key.length !== 5 && key.length !== 14 && key.length !== 11) return undefined;
  const lower = key.toLowerCase();
  if (lower !== 'value' && lower !== 'parametervalue' && lower !== 'optionvalue') return undefined;
  if (keyStart < 6 || text.charCodeAt(keyStart - 1) !== 44) return undefined;
  const m = NAME_PAIR.exec(text.slice(Math.max(0, keyStart - 80), keyStart - 1));
  return m === null ? undefined : m[1];
}
