import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  trainingCourse, trainingCourseCreate, trainingCourseDelete, trainingCourseListQuery, trainingCoursePage, trainingCourseParams,
  trainingCourseUpdate,
} from '../../core/api/training-courses.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeTrainingCourse, createTrainingCourse, deleteTrainingCourse, getTrainingCourse, searchTrainingCourses,
} from '../services/training/training-course-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse };

/** Reading needs only the scope; writing needs activity.write. Participants' names reach only users of the course's unit. */
export const trainingCourseRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/training-courses', {
    config: { auditAction: 'training_course.read' },
    schema: {
      tags: ['training'],
      description: 'Training courses within the caller\'s scope, newest first, a page at a time, with participants by level and agency. '
        + '`participantNames` is present only for users of the course\'s own unit.',
      querystring: trainingCourseListQuery, response: { 200: trainingCoursePage, ...failures },
    },
  }, async (request) => searchTrainingCourses(context(request), request.query));

  app.get('/api/training-courses/:id', {
    config: { auditAction: 'training_course.read' },
    schema: { tags: ['training'], params: trainingCourseParams, response: { 200: trainingCourse, ...failures } },
  }, async (request) => getTrainingCourse(context(request), request.params.id));

  app.post('/api/training-courses', {
    config: { permission: 'activity.write', auditAction: 'training_course.create' },
    schema: {
      tags: ['training'],
      description: 'Records a course of a current province or commune, organised by one of its agencies. Only users of that unit may give names.',
      body: trainingCourseCreate, response: { 201: trainingCourse, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createTrainingCourse(context(request), request.body)));

  app.patch('/api/training-courses/:id', {
    config: { permission: 'activity.write', auditAction: 'training_course.update' },
    schema: {
      tags: ['training'],
      description: 'Changes any field; `participants` and `participantNames`, when given, replace the whole list.',
      params: trainingCourseParams, body: trainingCourseUpdate, response: { 200: trainingCourse, ...failures },
    },
  }, async (request) => changeTrainingCourse(context(request), request.params.id, request.body));

  app.delete('/api/training-courses/:id', {
    config: { permission: 'activity.write', auditAction: 'training_course.delete' },
    schema: {
      tags: ['training'],
      description: 'Soft deletion with a reason: the course leaves lists and indicators, the audit log keeps its content (names aside).',
      params: trainingCourseParams, body: trainingCourseDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteTrainingCourse(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
