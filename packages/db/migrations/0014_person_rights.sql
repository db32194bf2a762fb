-- 窗口经办员 enrol residents (城乡居民新参保/续保) and maintain employees' general information
-- (人员一般信息维护) in their pooling regions.
UPDATE "roles" SET "rights" = array_append("rights", 'person.register')
WHERE "code" = 'clerk' AND NOT ('person.register' = ANY("rights"));
--> statement-breakpoint
UPDATE "roles" SET "rights" = array_append("rights", 'person.maintain')
WHERE "code" = 'clerk' AND NOT ('person.maintain' = ANY("rights"));
