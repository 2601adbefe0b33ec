"""Help texts an editor reads in Chinese (state only: no column changes)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('speeches', '0005_delivered'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='mention',
            name='text',
            field=models.CharField(blank=True, help_text='该位置上的原文用词：合并后的变体保留自己的写法。', max_length=200, verbose_name='原文措辞'),
        ),
        migrations.AlterField(
            model_name='section',
            name='anchor',
            field=models.CharField(blank=True, help_text='网页上本节的锚点，由各级序次生成：s2-1 是第二部分的第一节。', max_length=100, verbose_name='锚点'),
        ),
        migrations.AlterField(
            model_name='section',
            name='label',
            field=models.CharField(blank=True, help_text='照原文写法：一、（一）、第一', max_length=20, verbose_name='序号'),
        ),
        migrations.AlterField(
            model_name='slogan',
            name='added_by',
            field=models.ForeignKey(blank=True, help_text='编辑手工添加的提法记下添加人；解析得到的为空。', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='手工添加人'),
        ),
        migrations.AlterField(
            model_name='slogan',
            name='canonical',
            field=models.ForeignKey(blank=True, help_text='已合并的变体指向它的出处现在计入的提法。', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='variants', to='speeches.slogan', verbose_name='合并到'),
        ),
        migrations.AlterField(
            model_name='speech',
            name='content_hash',
            field=models.CharField(help_text='原始文本的 SHA-256 值：同一文件再次导入时据此认出。', max_length=64, unique=True, verbose_name='内容哈希'),
        ),
        migrations.AlterField(
            model_name='speech',
            name='source_file',
            field=models.CharField(blank=True, db_index=True, help_text='最近一次导入这篇讲话的文件（绝对路径）。', max_length=1000, verbose_name='导入文件'),
        ),
    ]
