import type { PlanContentInput } from '../../../core/plans/plan.ts';
import { ngheAn2024Plan } from './nghe-an-2024.ts';
import { phuThu2023Plan } from './phu-thu-2023.ts';
import { trieuSon2021To2025Plan } from './trieu-son-2021-2025.ts';

export interface SeedPlan {
  /** Short stable id of the demo plan. */
  id: string;
  content: PlanContentInput;
}

/** The three real plans of the seeds (province, district, ward), transcribed for the demo. */
export const seedPlans: readonly SeedPlan[] = [
  { id: 'nghe-an-2024', content: ngheAn2024Plan },
  { id: 'trieu-son-2021-2025', content: trieuSon2021To2025Plan },
  { id: 'phu-thu-2023', content: phuThu2023Plan },
];
