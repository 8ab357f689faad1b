import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { PlacementForm } from '../../shared/enums.js';

@ObjectType('FigureBand', { description: 'How many records fall in one band.' })
export class FigureBand {
  @Field()
  band!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PlacementMonth', { description: 'Placements of one form that began and ended in one month.' })
export class PlacementMonth {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;

  @Field(() => Int)
  started!: number;

  @Field(() => Int)
  ended!: number;

  @Field(() => Int, { description: 'Of those ended, ended by a breakdown.' })
  breakdowns!: number;
}

@ObjectType('RegionFigures', { description: 'How a region (or the country) is doing: aggregates only, computed in the database.' })
export class RegionFigures {
  @Field(() => String, { nullable: true, description: 'Null: the whole country.' })
  regionCode!: string | null;

  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar)
  to!: string;

  @Field(() => [FigureBand], { description: 'Children waiting for a family (in the data bank, not placed) by age on `to`: 0-2, 3-6, 7-9, 10-13, 14-17.' })
  waitingByAge!: FigureBand[];

  @Field(() => [FigureBand], { description: 'The same children by time since registration: UNDER_6_MONTHS, 6_TO_12_MONTHS, 1_TO_2_YEARS, OVER_2_YEARS.' })
  waitingByTime!: FigureBand[];

  @Field(() => [PlacementMonth], { description: 'Placements begun and ended within the range, by month and form.' })
  placementsByMonth!: PlacementMonth[];

  @Field(() => Float, { nullable: true, description: 'Median days from a child\'s registration to the start of a placement begun within the range.' })
  medianDaysToPlacement!: number | null;

  @Field(() => Int, { description: 'Families approved within the range.' })
  familiesApproved!: number;

  @Field(() => Int, { description: 'Approved families whose approval lapses within 60 days after `to`.' })
  familiesLapsing!: number;

  @Field(() => Int, { description: 'Mentorships active now, by the mentor\'s region.' })
  mentorshipsActive!: number;

  @Field(() => Int, { description: 'Open tasks past their due date now.' })
  tasksOverdue!: number;

  @Field(() => Int, { description: 'Enabled social workers (guardianship specialists).' })
  specialists!: number;

  @Field(() => Int, { description: 'Children in the data bank (neither adopted nor left it).' })
  childrenInDataBank!: number;

  @Field(() => Float, { nullable: true })
  specialistsPer5000!: number | null;

  @Field(() => Float, { description: 'The standard they are held against (region-figures.rules.ts).' })
  standardPer5000!: number;

  @Field(() => Int, { description: 'Families\' inquiries about children answered within the range.' })
  inquiriesAnswered!: number;

  @Field(() => Float, { nullable: true, description: 'Median days (calendar, with fractions) from a family\'s inquiry to its answer, of those answered within the range.' })
  medianDaysToAnswerInquiry!: number | null;

  @Field(() => Int, { description: 'Inquiries open now past their answer day.' })
  inquiriesOverdue!: number;
}
