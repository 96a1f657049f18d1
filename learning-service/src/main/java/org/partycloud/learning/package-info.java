/** learning-service: the tenant's online party school: courses, progress, exams and credits. */
package org.partycloud.learning;
