import type {
  TrainingCourse, TrainingCourseCreate, TrainingCourseListQuery, TrainingCoursePage, TrainingCourseUpdate,
} from '../../../core/api/training-courses.ts';
import { apiRequest } from './client.ts';

export type { TrainingCourse, TrainingCoursePage };

const coursePath = (id: string) => `/api/training-courses/${encodeURIComponent(id)}`;

/** The filters of the list: dates as 'YYYY-MM-DD', a unit's subtree, a level; `q` ignores accents and case on the server. */
export type TrainingCourseFilters = Partial<Omit<TrainingCourseListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchTrainingCourses = (query: TrainingCourseFilters, signal?: AbortSignal) =>
  apiRequest<TrainingCoursePage>('/api/training-courses', { query: { ...query }, signal });

/** The course; `participantNames` comes back only to users of the course's own unit. */
export const fetchTrainingCourse = (id: string, signal?: AbortSignal) => apiRequest<TrainingCourse>(coursePath(id), { signal });

export const createTrainingCourse = (input: TrainingCourseCreate) =>
  apiRequest<TrainingCourse>('/api/training-courses', { method: 'POST', body: input });

export const updateTrainingCourse = (id: string, input: TrainingCourseUpdate) =>
  apiRequest<TrainingCourse>(coursePath(id), { method: 'PATCH', body: input });

/** Soft deletion: the course leaves lists and indicators, the audit log keeps it with the reason. */
export const deleteTrainingCourse = (id: string, reason: string) =>
  apiRequest<undefined>(coursePath(id), { method: 'DELETE', body: { reason } });
