import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The paths an app serves outside its controllers (Express routes a module mounts itself),
 * described by the module that mounts them: the OpenAPI document merges them in.
 */
export const MOUNTED_PATHS = Symbol('MOUNTED_PATHS');

export type MountedPaths = OpenAPIObject['paths'];
