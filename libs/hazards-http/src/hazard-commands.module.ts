import { Module } from '@nestjs/common';
import { RegistriesModule } from '@hazard/registries';
import { ApproveExtensionHttpController } from './approve-extension/approve-extension.http.controller';
import { ApprovePlanHttpController } from './approve-plan/approve-plan.http.controller';
import { AssignLeaderHttpController } from './assign-leader/assign-leader.http.controller';
import { CloseHttpController } from './close/close.http.controller';
import { ConfirmControlsHttpController } from './confirm-controls/confirm-controls.http.controller';
import { ListHazardHttpController } from './list-hazard/list-hazard.http.controller';
import { ReassignLeaderHttpController } from './reassign-leader/reassign-leader.http.controller';
import { RecordProgressHttpController } from './record-progress/record-progress.http.controller';
import { RefuseExtensionHttpController } from './refuse-extension/refuse-extension.http.controller';
import { RejectPlanHttpController } from './reject-plan/reject-plan.http.controller';
import { RejectRectificationHttpController } from './reject-rectification/reject-rectification.http.controller';
import { ReportRectifiedHttpController } from './report-rectified/report-rectified.http.controller';
import { RequestExtensionHttpController } from './request-extension/request-extension.http.controller';
import { SubmitPlanHttpController } from './submit-plan/submit-plan.http.controller';
import { CaseCommandGateway } from './shared/case-command.gateway';

/** The command side of the hazard API: one controller per use case (docs/architecture.md §10). */
@Module({
  imports: [RegistriesModule],
  controllers: [
    ListHazardHttpController,
    AssignLeaderHttpController,
    ReassignLeaderHttpController,
    SubmitPlanHttpController,
    ApprovePlanHttpController,
    RejectPlanHttpController,
    ConfirmControlsHttpController,
    RecordProgressHttpController,
    ReportRectifiedHttpController,
    RejectRectificationHttpController,
    CloseHttpController,
    RequestExtensionHttpController,
    ApproveExtensionHttpController,
    RefuseExtensionHttpController,
  ],
  providers: [CaseCommandGateway],
})
export class HazardCommandsModule {}
