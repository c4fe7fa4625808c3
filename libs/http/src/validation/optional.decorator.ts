import { ValidateIf } from 'class-validator';

/**
 * The field may be left out. Unlike class-validator's IsOptional, `null` is not "left out":
 * it is validated (and refused) like any other wrong value, so it never reaches a command.
 */
export const Optional = () => ValidateIf((_object, value) => value !== undefined);
