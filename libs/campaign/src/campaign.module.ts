import { Module } from '@nestjs/common';
import { RegistriesModule } from '@hazard/registries';
import { AmendUnitHttpController } from './amend-unit/amend-unit.http.controller';
import { CloseUnitHttpController } from './close-unit/close-unit.http.controller';
import { CampaignContext } from './commands/campaign-context';
import { EscalationService } from './commands/escalation.service';
import { InspectionCommands } from './commands/inspection-commands.service';
import { UnitCommands } from './commands/unit-commands.service';
import { EscalateGeneralHazardHttpController } from './escalate-general-hazard/escalate-general-hazard.http.controller';
import { ExtendGeneralDeadlineHttpController } from './extend-general-deadline/extend-general-deadline.http.controller';
import { GetGeneralHazardHttpController } from './get-general-hazard/get-general-hazard.http.controller';
import { GetUnitHttpController } from './get-unit/get-unit.http.controller';
import { ImportUnitsHttpController } from './import-units/import-units.http.controller';
import { UnitImportService } from './import-units/unit-import.service';
import { HazardListsHttpController } from './hazard-lists/hazard-lists.http.controller';
import { ListGeneralHazardsHttpController } from './list-general-hazards/list-general-hazards.http.controller';
import { ListInspectionsHttpController } from './list-inspections/list-inspections.http.controller';
import { ListUnitsHttpController } from './list-units/list-units.http.controller';
import { GeneralHazardQueries } from './queries/general-hazards.queries';
import { HazardListQueries } from './queries/hazard-lists.queries';
import { InspectionQueries } from './queries/inspections.queries';
import { UnitQueries } from './queries/units.queries';
import { DailyModule } from './daily/daily.module';
import { CampaignReadModelModule } from './read-model/campaign-read-model.module';
import { RecordInspectionHttpController } from './record-inspection/record-inspection.http.controller';
import { RegisterUnitHttpController } from './register-unit/register-unit.http.controller';
import { RegistriesHttpController } from './registries/registries.http.controller';
import { RejectGeneralRectificationHttpController } from './reject-general-rectification/reject-general-rectification.http.controller';
import { ReportGeneralRectifiedHttpController } from './report-general-rectified/report-general-rectified.http.controller';
import { ReportHazardHttpController } from './report-hazard/report-hazard.http.controller';
import { GeneralHazardGateway } from './shared/general-hazard.gateway';
import { StartRectificationHttpController } from './start-rectification/start-rectification.http.controller';
import { VerifyGeneralHazardHttpController } from './verify-general-hazard/verify-general-hazard.http.controller';

/** The command services of the campaign, without HTTP: what the CLI, the demo and workers need. */
@Module({
  imports: [RegistriesModule],
  providers: [
    CampaignContext,
    UnitCommands,
    InspectionCommands,
    EscalationService,
    UnitImportService,
  ],
  exports: [
    RegistriesModule,
    CampaignContext,
    UnitCommands,
    InspectionCommands,
    EscalationService,
    UnitImportService,
  ],
})
export class CampaignCommandsModule {}

/**
 * The campaign layer over HTTP (docs/architecture.md §9): units and their import, inspections, general
 * hazards and their commands, the two lists, the registries, the daily figures, report and
 * spot checks; over its read models (CampaignReadModelModule).
 */
@Module({
  imports: [CampaignCommandsModule, CampaignReadModelModule, DailyModule],
  controllers: [
    RegistriesHttpController,
    // Before GetUnitHttpController: /api/units/imports/… is not a unit id.
    ImportUnitsHttpController,
    RegisterUnitHttpController,
    ListUnitsHttpController,
    GetUnitHttpController,
    AmendUnitHttpController,
    CloseUnitHttpController,
    RecordInspectionHttpController,
    ListInspectionsHttpController,
    ReportHazardHttpController,
    ListGeneralHazardsHttpController,
    GetGeneralHazardHttpController,
    StartRectificationHttpController,
    ReportGeneralRectifiedHttpController,
    RejectGeneralRectificationHttpController,
    VerifyGeneralHazardHttpController,
    ExtendGeneralDeadlineHttpController,
    EscalateGeneralHazardHttpController,
    HazardListsHttpController,
  ],
  providers: [
    UnitQueries,
    InspectionQueries,
    GeneralHazardQueries,
    HazardListQueries,
    GeneralHazardGateway,
  ],
})
export class CampaignModule {}
