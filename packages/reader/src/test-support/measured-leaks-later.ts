import type { TestPage } from './page-kit.js';
import { BATCHES_116_123 } from './measured-leaks-116-123.js';
import { BATCHES_124_131 } from './measured-leaks-124-131.js';
import { BATCHES_132_139 } from './measured-leaks-132-139.js';
import { BATCHES_140_147 } from './measured-leaks-140-147.js';
import { BATCHES_148_153 } from './measured-leaks-148-153.js';
import { BATCHES_154_159 } from './measured-leaks-154-159.js';
import { BATCHES_160_165 } from './measured-leaks-160-165.js';
import { BATCHES_166_171 } from './measured-leaks-166-171.js';
import { BATCHES_172_177 } from './measured-leaks-172-177.js';
import { BATCHES_178_183 } from './measured-leaks-178-183.js';
import { BATCHES_184_189 } from './measured-leaks-184-189.js';
import { BATCHES_190_195 } from './measured-leaks-190-195.js';
import { BATCHES_196_201 } from './measured-leaks-196-201.js';
import { BATCHES_202_207 } from './measured-leaks-202-207.js';
import { BATCHES_208_213 } from './measured-leaks-208-213.js';
import { BATCHES_214_219 } from './measured-leaks-214-219.js';
import { BATCHES_220_225 } from './measured-leaks-220-225.js';
import { BATCHES_226_231 } from './measured-leaks-226-231.js';
import { BATCHES_232_237 } from './measured-leaks-232-237.js';
import { BATCHES_238_243 } from './measured-leaks-238-243.js';
import { BATCHES_244_249 } from './measured-leaks-244-249.js';
import { BATCHES_250_255 } from './measured-leaks-250-255.js';
import { BATCHES_256_261 } from './measured-leaks-256-261.js';
import { BATCHES_262_267 } from './measured-leaks-262-267.js';
import { BATCHES_268_273 } from './measured-leaks-268-273.js';
import { BATCHES_274_279 } from './measured-leaks-274-279.js';
import { BATCHES_280_285 } from './measured-leaks-280-285.js';
import { BATCHES_286_291 } from './measured-leaks-286-291.js';
import { BATCHES_292_297 } from './measured-leaks-292-297.js';
import { BATCHES_298_303 } from './measured-leaks-298-303.js';
import { BATCHES_304_309 } from './measured-leaks-304-309.js';
import { BATCHES_310_315 } from './measured-leaks-310-315.js';
import { BATCHES_316_321 } from './measured-leaks-316-321.js';
import { BATCHES_322_327 } from './measured-leaks-322-327.js';
import { BATCHES_328_333 } from './measured-leaks-328-333.js';
import { BATCHES_334_339 } from './measured-leaks-334-339.js';
import { BATCHES_340_345 } from './measured-leaks-340-345.js';
import { BATCHES_346_351 } from './measured-leaks-346-351.js';
import { BATCHES_352_357 } from './measured-leaks-352-357.js';
import { BATCHES_358_363 } from './measured-leaks-358-363.js';
import { BATCHES_364_369 } from './measured-leaks-364-369.js';
import { BATCHES_370_375 } from './measured-leaks-370-375.js';
import { BATCHES_376_381 } from './measured-leaks-376-381.js';
import { BATCHES_382_387 } from './measured-leaks-382-387.js';
import { BATCHES_388_393 } from './measured-leaks-388-393.js';
import { BATCHES_394_399 } from './measured-leaks-394-399.js';
import { BATCHES_400_405 } from './measured-leaks-400-405.js';
import { BATCHES_406_411 } from './measured-leaks-406-411.js';
import { BATCHES_412_417 } from './measured-leaks-412-417.js';
import { BATCHES_418_423 } from './measured-leaks-418-423.js';
import { BATCHES_424_429 } from './measured-leaks-424-429.js';
import { BATCHES_430_435 } from './measured-leaks-430-435.js';
import { BATCHES_436_441 } from './measured-leaks-436-441.js';
import { BATCHES_442_447 } from './measured-leaks-442-447.js';
import { BATCHES_448_453 } from './measured-leaks-448-453.js';
import { BATCHES_454_459 } from './measured-leaks-454-459.js';
import { BATCHES_460_465 } from './measured-leaks-460-465.js';
import { BATCHES_466_471 } from './measured-leaks-466-471.js';
import { BATCHES_472_477 } from './measured-leaks-472-477.js';
import { BATCHES_478_483 } from './measured-leaks-478-483.js';
import { BATCHES_484_489 } from './measured-leaks-484-489.js';
import { BATCHES_490_495 } from './measured-leaks-490-495.js';
import { BATCHES_496_501 } from './measured-leaks-496-501.js';
import { BATCHES_502_507 } from './measured-leaks-502-507.js';
import { BATCHES_508_513 } from './measured-leaks-508-513.js';
import { BATCHES_514_519 } from './measured-leaks-514-519.js';
import { BATCHES_520_525 } from './measured-leaks-520-525.js';
import { BATCHES_526_531 } from './measured-leaks-526-531.js';
import { BATCHES_532_537 } from './measured-leaks-532-537.js';
import { BATCHES_538_543 } from './measured-leaks-538-543.js';
import { BATCHES_544_549 } from './measured-leaks-544-549.js';
import { BATCHES_550_555 } from './measured-leaks-550-555.js';
import { BATCHES_556_561 } from './measured-leaks-556-561.js';
import { BATCHES_562_567 } from './measured-leaks-562-567.js';
import { BATCHES_568_573 } from './measured-leaks-568-573.js';
import { BATCHES_574_579 } from './measured-leaks-574-579.js';
import { BATCHES_580_585 } from './measured-leaks-580-585.js';
import { BATCHES_586_591 } from './measured-leaks-586-591.js';
import { BATCHES_592_597 } from './measured-leaks-592-597.js';
import { BATCHES_598_603 } from './measured-leaks-598-603.js';
import { BATCHES_604_609 } from './measured-leaks-604-609.js';
import { BATCHES_610_615 } from './measured-leaks-610-615.js';
import { BATCHES_616_621 } from './measured-leaks-616-621.js';
import { BATCHES_622_627 } from './measured-leaks-622-627.js';
import { BATCHES_628_633 } from './measured-leaks-628-633.js';
import { BATCHES_634_639 } from './measured-leaks-634-639.js';
import { BATCHES_640_645 } from './measured-leaks-640-645.js';
import { BATCHES_646_651 } from './measured-leaks-646-651.js';
import { BATCHES_652_657 } from './measured-leaks-652-657.js';
import { BATCHES_658_663 } from './measured-leaks-658-663.js';
import { BATCHES_664_669 } from './measured-leaks-664-669.js';
import { BATCHES_670_675 } from './measured-leaks-670-675.js';
import { BATCHES_676_681 } from './measured-leaks-676-681.js';
import { BATCHES_682_687 } from './measured-leaks-682-687.js';
import { BATCHES_688_693 } from './measured-leaks-688-693.js';
import { BATCHES_694_699 } from './measured-leaks-694-699.js';
import { BATCHES_700_707 } from './measured-leaks-700-707.js';
import { BATCHES_708_715 } from './measured-leaks-708-715.js';

/** A page set as the reader read it when it was recorded: its precision and recall floors and each page's leaked gold texts. */
export interface MeasuredBatch {
  readonly batch: number;
  readonly pages: readonly TestPage[];
  /** Mean precision and recall, rounded down to half a point, at most 0.97. */
  readonly precision: number;
  readonly recall: number;
  /** The gold bylines and furniture texts each page leaks (their first 100 characters); a page not named leaks none. */
  readonly leaks: Readonly<Record<string, readonly string[]>>;
}

/** Batches 116 to 715 (sessions 23 to 46), for later-batches.test.ts. */
export const LATER_BATCHES: readonly MeasuredBatch[] = [
  ...BATCHES_116_123,
  ...BATCHES_124_131,
  ...BATCHES_132_139,
  ...BATCHES_140_147,
  ...BATCHES_148_153,
  ...BATCHES_154_159,
  ...BATCHES_160_165,
  ...BATCHES_166_171,
  ...BATCHES_172_177,
  ...BATCHES_178_183,
  ...BATCHES_184_189,
  ...BATCHES_190_195,
  ...BATCHES_196_201,
  ...BATCHES_202_207,
  ...BATCHES_208_213,
  ...BATCHES_214_219,
  ...BATCHES_220_225,
  ...BATCHES_226_231,
  ...BATCHES_232_237,
  ...BATCHES_238_243,
  ...BATCHES_244_249,
  ...BATCHES_250_255,
  ...BATCHES_256_261,
  ...BATCHES_262_267,
  ...BATCHES_268_273,
  ...BATCHES_274_279,
  ...BATCHES_280_285,
  ...BATCHES_286_291,
  ...BATCHES_292_297,
  ...BATCHES_298_303,
  ...BATCHES_304_309,
  ...BATCHES_310_315,
  ...BATCHES_316_321,
  ...BATCHES_322_327,
  ...BATCHES_328_333,
  ...BATCHES_334_339,
  ...BATCHES_340_345,
  ...BATCHES_346_351,
  ...BATCHES_352_357,
  ...BATCHES_358_363,
  ...BATCHES_364_369,
  ...BATCHES_370_375,
  ...BATCHES_376_381,
  ...BATCHES_382_387,
  ...BATCHES_388_393,
  ...BATCHES_394_399,
  ...BATCHES_400_405,
  ...BATCHES_406_411,
  ...BATCHES_412_417,
  ...BATCHES_418_423,
  ...BATCHES_424_429,
  ...BATCHES_430_435,
  ...BATCHES_436_441,
  ...BATCHES_442_447,
  ...BATCHES_448_453,
  ...BATCHES_454_459,
  ...BATCHES_460_465,
  ...BATCHES_466_471,
  ...BATCHES_472_477,
  ...BATCHES_478_483,
  ...BATCHES_484_489,
  ...BATCHES_490_495,
  ...BATCHES_496_501,
  ...BATCHES_502_507,
  ...BATCHES_508_513,
  ...BATCHES_514_519,
  ...BATCHES_520_525,
  ...BATCHES_526_531,
  ...BATCHES_532_537,
  ...BATCHES_538_543,
  ...BATCHES_544_549,
  ...BATCHES_550_555,
  ...BATCHES_556_561,
  ...BATCHES_562_567,
  ...BATCHES_568_573,
  ...BATCHES_574_579,
  ...BATCHES_580_585,
  ...BATCHES_586_591,
  ...BATCHES_592_597,
  ...BATCHES_598_603,
  ...BATCHES_604_609,
  ...BATCHES_610_615,
  ...BATCHES_616_621,
  ...BATCHES_622_627,
  ...BATCHES_628_633,
  ...BATCHES_634_639,
  ...BATCHES_640_645,
  ...BATCHES_646_651,
  ...BATCHES_652_657,
  ...BATCHES_658_663,
  ...BATCHES_664_669,
  ...BATCHES_670_675,
  ...BATCHES_676_681,
  ...BATCHES_682_687,
  ...BATCHES_688_693,
  ...BATCHES_694_699,
  ...BATCHES_700_707,
  ...BATCHES_708_715,
];
