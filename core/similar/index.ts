/** Similar opinions (decision 0036): profiles, keys, similarity, groups and suggestions. */
export { NO_KNOWLEDGE, knownNames, profileOf, type SimilarKnowledge, type SimilarProfile, type SimilarText } from './profile';
export { CANDIDATES, MAX_SIMILAR_KEYS, keysMeet, lookupKeysOf, similarKeysOf } from './keys';
export { similarity } from './score';
export { GROUP_MIN, SUGGEST_LIMIT, SUGGEST_MIN, chooseGroup, suggestionsFor, type Placed, type Suggestion } from './groups';
