/** Public surface of the owners feature. */
export { isPlaceholderOwner, ownerKey } from "./normalize";
export {
  createOwnerMatcher,
  type OwnerMatch,
  type OwnerMatcher,
  ownersSource,
  resolvePlanOwners,
} from "./resolve";
export { entryName, parseAliases, validateRoster } from "./roster";
export {
  type ActionRef,
  type IsLate,
  type OwnerWorkload,
  ownerWorkload,
  type WorkloadOptions,
} from "./workload";
