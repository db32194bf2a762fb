-- 政治面貌 (GB/T 4762), 婚姻状态 (GB/T 2261.2) and 学籍编号: the window guide (002) shows them on
-- 职工/居民 参保登记, 人员一般信息维护, 城乡居民参保维护 and 人员综合查询. '' is 未填.
ALTER TABLE "persons" ADD COLUMN "political_status" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "marital_status" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "student_no" text DEFAULT '' NOT NULL;
