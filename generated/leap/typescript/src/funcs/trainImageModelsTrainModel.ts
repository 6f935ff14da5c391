/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import type { TrainImageModelsTrainModelResponse } from "../sdk/models/operations/trainimagemodelstrainmodel.js";
import {
  CreateAndTrainModelDto$,
  type CreateAndTrainModelDto,
} from "../sdk/models/shared/createandtrainmodeldto.js";
import {
  ModelV2Entity$,
  type ModelV2Entity,
} from "../sdk/models/shared/modelv2entity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/api/v2/images/models/new",
  args: [["", "multipart", "r", CreateAndTrainModelDto$]],
  response: ["", ModelV2Entity$],
  secured: true,
};

/**
 * Train Model
 *
 * Upload a few image samples, and train a new model. Training usually takes 20-40 minutes. To be notified when the model completes training you must provide a `webhookUrl` in the training request, or check for completion by calling [Get a Single Model](https://reference.tryleap.ai/reference/get-model-1). After training completes, you can use the model to generate images with [Generate Images](https://reference.tryleap.ai/reference/inferencescontroller_create-1).
 */
export function trainImageModelsTrainModel(
  client: ClientCore,
  request: CreateAndTrainModelDto,
  options?: RequestOptions,
): Promise<Result<TrainImageModelsTrainModelResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
