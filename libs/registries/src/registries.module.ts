import { Module } from '@nestjs/common';
import { RegistryService } from './registry.service';

/** The registries of towns, industry departments and unit categories, as events. */
@Module({ providers: [RegistryService], exports: [RegistryService] })
export class RegistriesModule {}
