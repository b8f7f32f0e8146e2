import {
  environmentGuardsAws,
  idTokenOnlyWhereAwsIsCalled,
  noStaticAwsKeys,
  sessionOutlastsTheJob,
} from "./credentials.js";
import { checkoutDropsCredentials, concurrencyGroups, leastPrivilege } from "./hygiene.js";
import { actionsPinnedBySha, noLatest } from "./pinning.js";
import {
  destroyOrder,
  imagesNameTheirSource,
  manualDeployKeepsTheTarget,
  sameTestCommandAsReadme,
} from "./pipeline.js";
import type { Policy } from "./types.js";

export const POLICIES: Policy[] = [
  noStaticAwsKeys,
  idTokenOnlyWhereAwsIsCalled,
  environmentGuardsAws,
  sessionOutlastsTheJob,
  actionsPinnedBySha,
  noLatest,
  checkoutDropsCredentials,
  leastPrivilege,
  concurrencyGroups,
  sameTestCommandAsReadme,
  destroyOrder,
  manualDeployKeepsTheTarget,
  imagesNameTheirSource,
];
