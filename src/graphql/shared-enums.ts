import { registerEnumType } from 'type-graphql';
import { CheckResult, Citizenship, Language, PlacementForm, Role, Sex } from '../shared/enums.js';
import { Locale } from '../shared/locale.js';

registerEnumType(Sex, { name: 'Sex' });
registerEnumType(Language, { name: 'Language' });
registerEnumType(PlacementForm, { name: 'PlacementForm', description: 'Forms of family placement under the Code on Marriage and Family.' });
registerEnumType(Citizenship, { name: 'Citizenship' });
registerEnumType(CheckResult, { name: 'CheckResult' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(Locale, { name: 'Locale', description: 'The language a person reads the service and its mail in.' });
