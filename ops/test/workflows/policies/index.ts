import {
  environmentGuardsAws,
  idTokenOnlyWhereAwsIsCalled,
  noStaticAwsKeys,
} from "./credentials.js";
import { checkoutDropsCredentials, concurrencyGroups, leastPrivilege } from "./hygiene.js";
import { actionsPinnedBySha, noLatest } from "./pinning.js";
import { destroyOrder, sameTestCommandAsReadme } from "./pipeline.js";
import type { Policy } from "./types.js";

export const POLICIES: Policy[] = [
  noStaticAwsKeys,
  idTokenOnlyWhereAwsIsCalled,
  environmentGuardsAws,
  actionsPinnedBySha,
  noLatest,
  checkoutDropsCredentials,
  leastPrivilege,
  concurrencyGroups,
  sameTestCommandAsReadme,
  destroyOrder,
];
