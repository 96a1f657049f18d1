/** The tenant's course catalogue: videos, documents and articles, required or elective, with study hours. */
package org.partycloud.learning.course;
